"""The sweep of Karabakh villages in the supplement: each answers under its Azerbaijani, Armenian, Russian
and plain-Latin names at the point its source gives, and never takes a name a namesake already held."""

import datetime as dt

import pytest

from geo.errors import AmbiguousPlace, PlaceNotFound
from geo.extract import extract_text
from geo.gazetteer import distance_km


# (query, latitude, longitude) as read in the row's cited article
@pytest.mark.parametrize("query, lat, lon", [
    ("Dədəli", 39.5836, 47.1636), ("Dedeli", 39.5836, 47.1636),                             # Fuzuli
    ("Qoçəhmədli", 39.5344, 47.1269), ("Kochakhmedli", 39.5344, 47.1269), ("Кочахмедли", 39.5344, 47.1269),
    ("Zərgər (Füzuli)", 39.6161, 47.1153), ("Arış (Füzuli)", 39.5319, 47.1053), ("Arysh", 39.5319, 47.1053),
    ("Susuzluq", 40.2336, 46.1706), ("Susuzlug", 40.2336, 46.1706),                         # Kalbajar
    ("Qızılqaya (Kəlbəcər)", 40.1256, 46.5161), ("Harutyunagomer", 40.1256, 46.5161),
    ("Boyəhmədli", 40.1308, 46.8628), ("Nor Haykajur", 40.1308, 46.8628),                   # Aghdam
    ("Maşanlı", 39.2189, 47.0394), ("Qumlaq", 39.1697, 46.9217), ("Gumlag", 39.1697, 46.9217),  # Jabrayil
    ("Muradxanlı", 39.4544, 46.6264), ("Xocik", 39.3447, 46.6864),                          # Gubadli
    ("Khtsaberd", 39.5458, 46.7708), ("Çaylaqqala", 39.5458, 46.7708), ("Խծաբերդ", 39.5458, 46.7708),  # Khojavend
    ("Tumi", 39.5831, 46.9014), ("Binə (Xocavənd)", 39.5831, 46.9014),
    ("Mehdibəyli", 39.8931, 46.7311), ("Lusadzor (Khojaly)", 39.8931, 46.7311),             # Khojaly
    ("Kusapat", 40.1767, 46.7308), ("Qasapet", 40.1767, 46.7308),                           # Tartar (Martakert)
    ("Alıkeyxalı", 39.2356, 47.0397), ("Şıxalıağalı", 39.3097, 47.1225),                    # Jabrayil
    ("Alırzalar", 39.9783, 46.2061), ("Çıraqlı (Laçın)", 39.7306, 46.3161),                 # Kalbajar, Lachin
    ("Zoğalbulaq", 39.6281, 47.0017), ("Drakhtik (Hadrut)", 39.6281, 47.0017),              # Khojavend (Hadrut)
    ("Edilli", 39.5608, 47.0692), ("Ukhtadzor", 39.5608, 47.0692), ("Ուխտաձոր", 39.5608, 47.0692),
    ("Dolanlar", 39.4467, 46.8297), ("Arevshat (Hadrut)", 39.4467, 46.8297),
    ("Günəşli (Xocavənd)", 39.5000, 47.0833), ("Norashen (Hadrut)", 39.5000, 47.0833),
    ("Arakül", 39.4378, 46.9975), ("Առաքել", 39.4378, 46.9975), ("Banazur", 39.4533, 47.0125),
    ("Petrosashen", 39.5467, 46.7447), ("Ashan", 39.8464, 46.9969), ("Heşan", 39.8464, 46.9969),
    ("Noragyugh", 39.9275, 46.7781), ("Təzəbinə", 39.9275, 46.7781), ("Նորագյուղ", 39.9275, 46.7781),  # Khojaly
    ("Seysulan", 40.2489, 46.9883), ("Jraberd", 40.2508, 46.8433), ("Çiləbürt", 40.2508, 46.8433),       # Tartar
    ("Azat", 40.1778, 45.8717), ("Ազատ", 40.1778, 45.8717), ("Ağkilsə (Gegharkunik)", 40.1778, 45.8717),  # Gegharkunik
    ("Yalama", 41.7586, 48.5778), ("Ялама", 41.7586, 48.5778),                              # Khachmaz, Russian border
    ("Tsor", 39.4892, 47.0222), ("Ցոր", 39.4892, 47.0222),                                  # Khojavend (Hadrut)
    ("Yuxarı Yağlıvənd", 39.6419, 47.1200), ("Yukhari Yaglevend", 39.6419, 47.1200),        # Fuzuli
    ("Aşağı Yağləvənd", 39.5089, 47.4611), ("Ashagi Yaglevend", 39.5089, 47.4611),
    ("Gürcülü", 39.4267, 46.4650), ("Гюрджюлю", 39.4267, 46.4650),                          # Gubadli
    ("İsalar", 40.0111, 47.0956), ("Исалар", 40.0111, 47.0956),                             # Aghdam
    ("Dəjəl (Cəbrayıl)", 39.3461, 47.1492), ("Dejal (Jabrayil)", 39.3461, 47.1492),        # Jabrayil
    ("Dejal, Jabrayil", 39.3461, 47.1492),
    ("Balyand", 39.4686, 47.1047), ("Балянд", 39.4686, 47.1047),
    ("Qışlaq (Cəbrayıl)", 39.4719, 47.0414), ("Gishlag (Jabrayil)", 39.4719, 47.0414),
])
def test_a_swept_village_resolves_within_2_km_of_its_cited_point(gazetteer, query, lat, lon):
    place = gazetteer.resolve(query).place
    assert place.source == "curated" and "http" in place.ref
    assert distance_km(place.lat, place.lon, lat, lon) < 2


@pytest.mark.parametrize("query, expected", [
    ("Lusadzor", "Lusadzor"),          # the Tavush village; Khojaly's only as 'Lusadzor (Khojaly)' or Mehdibəyli
    ("Lchashen", "Lchashen"),          # the Gegharkunik village, not Gubadli's Xocik (Lchashen 1993-2020)
    ("Binə", "Bina"),                  # the Baku settlement, not Tumi of Khojavend
    ("Norashen, Ararat", "Norashen"),  # the Ararat-plain village, not Hadrut's Norashen/Günəşli (bare: asked)
    ("Çıraqlı", "Chiragli"),           # the Aghdam village, not Lachin's namesake
    ("Gishlag", "Tsaghkashat"),        # Khojaly's Qışlaq; Jabrayil's only as 'Gishlag (Jabrayil)'
    ("Dajal", "Dajal"),                # the Punjab town; Jabrayil's Dəjəl only with its district
])
def test_a_swept_village_leaves_a_namesake_its_name(gazetteer, query, expected):
    assert gazetteer.resolve(query).place.name == expected


@pytest.mark.parametrize("query", ["Hakari", "Sarıcalı", "Günəşli"])
def test_a_name_several_villages_share_stays_unresolved_alone(gazetteer, query):
    with pytest.raises(PlaceNotFound):        # Muradxanlı was Hakari to Artsakh; Aghdam has two Sarıcalı; Günəşli names villages in several districts
        gazetteer.resolve(query)


def test_a_report_naming_a_retaken_village_places_the_event_there(gazetteer):
    text = ("The Azerbaijani army has taken the villages of Dedeli and Gochahmadli of the Fuzuli district, "
            "President Ilham Aliyev said.")
    events = extract_text(text, dt.date(2020, 10, 17), gazetteer, source="test")
    found = {e["place_name"]: e["coordinates"][0] for e in events}
    assert {"Dedeli", "Gochahmadli"} <= set(found), found
    lon, lat = found["Dedeli"]
    assert distance_km(lat, lon, 39.5836, 47.1636) < 2


@pytest.mark.parametrize("text", [
    "The Zargar family said their house in Ganja was damaged by shelling.",            # a surname, not Fuzuli's Zərgər
    "Egyptian trucks waited at Arish before crossing into Gaza, the agency said.",     # El-Arish, not Fuzuli's Arış
])
def test_a_village_name_that_is_also_a_surname_or_a_foreign_town_makes_no_place(gazetteer, text):
    events = extract_text(text, dt.date(2022, 9, 14), gazetteer, source="test")
    for event in events:
        (lon, lat), = event["coordinates"]
        for village in ((39.6161, 47.1153), (39.5319, 47.1053)):
            assert distance_km(lat, lon, *village) > 5, event["place_name"]


def test_imambagi_is_not_taken_for_fuganli(gazetteer):
    """İmambağı and Fuğanlı are two villages of Jabrayil (the district's list names both): a name of one is
    never the other's point."""
    try:
        place = gazetteer.resolve("Imambagi").place
    except PlaceNotFound:
        return
    assert place.name != "Fuganli"


@pytest.mark.parametrize("query", ["Sor", "SOR", "Sur"])
def test_a_three_letter_village_name_stays_unresolved_alone(gazetteer, query):
    with pytest.raises(PlaceNotFound):        # Hadrut's Sor/Sur answers as Tsor only: 'SOR' is an acronym, Sur a town of Oman
        gazetteer.resolve(query)


def test_a_village_name_that_is_also_a_given_name_places_the_speaker_nowhere_else(gazetteer):
    text = "Azat Hovhannisyan, a resident of Goris, said the road had been closed since Monday."
    events = extract_text(text, dt.date(2023, 5, 1), gazetteer, source="test")
    assert {e["place_name"] for e in events} == {"Goris"}
