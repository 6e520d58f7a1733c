"""The sweep of the southern districts (Fuzuli, Jabrayil, Zangilan, Gubadli): each village and site answers
under its Azerbaijani, Armenian, Russian and plain-Latin names at the point its cited page gives, and a name
other places share stays with them."""

import datetime as dt

import pytest

from geo.errors import PlaceNotFound
from geo.extract import extract_text
from geo.gazetteer import distance_km


# (query, latitude, longitude) as read in the row's cited page
@pytest.mark.parametrize("query, lat, lon", [
    ("Fuzuli International Airport", 39.5942, 47.1964), ("Fuzuli airport", 39.5942, 47.1964),   # Fuzuli
    ("Füzuli Beynəlxalq Hava Limanı", 39.5942, 47.1964), ("Аэропорт Физули", 39.5942, 47.1964),
    ("Qərvənd (Füzuli)", 39.6322, 47.2269), ("Garvend (Fuzuli)", 39.6322, 47.2269),
    ("Giz Galasi Reservoir", 39.1786, 47.0339), ("Qız Qalası su anbarı", 39.1786, 47.0339),    # Jabrayil
    ("Гыз-Галасы водохранилище", 39.1786, 47.0339),
    ("Yuxarı Maralyan", 39.3336, 47.1961), ("Yukhari Maralyan", 39.3336, 47.1961), ("Юхары-Маралян", 39.3336, 47.1961),
    ("Kavdar", 39.3072, 47.0619), ("Кавдар", 39.3072, 47.0619),
    ("Vejnəli", 38.9292, 46.5511), ("Vejnali", 38.9292, 46.5511),                               # Zangilan
    ("Ağbiz", 39.2089, 46.6278), ("Aghbiz", 39.2089, 46.6278),
    ("Baharlı (Zəngilan)", 39.0172, 46.6772), ("Бахарлы (Зангеланский район)", 39.0172, 46.6772),
    ("Qaradərə (Zəngilan)", 39.0289, 46.6569), ("Garadara (Zangilan)", 39.0289, 46.6569),
    ("Yuxarı Cibikli", 39.3672, 46.4433), ("Yukhari Jibikli", 39.3672, 46.4433),                 # Gubadli
    ("Юхары-Джибикли", 39.3672, 46.4433),
    ("Kavdadıq", 39.2372, 46.7097), ("Kavdadig", 39.2372, 46.7097), ("Karotan", 39.2372, 46.7097),
    ("Məmər", 39.2537, 46.6938), ("Mamark", 39.2537, 46.6938), ("Մամարք", 39.2537, 46.6938),
    ("Bəxtiyarlı", 39.3881, 46.5336), ("Barkushat", 39.3881, 46.5336), ("Բարկուշատ", 39.3881, 46.5336),
    ("İşıqlı (Qubadlı)", 39.3986, 46.6600), ("Ишыглы (Губадлинский район)", 39.3986, 46.6600),
    ("Qayalı (Qubadlı)", 39.3858, 46.5661), ("Gayali (Gubadli)", 39.3858, 46.5661),
    ("Qaraağac (Qubadlı)", 39.3944, 46.6483), ("Караагач (Губадлинский район)", 39.3944, 46.6483),
    ("Vardabats", 39.2150, 46.7056), ("Kashunik", 39.3444, 46.5818),      # Artsakh's names of Əbilcə and Qubadlı
])
def test_a_southern_village_resolves_within_2_km_of_its_cited_point(gazetteer, query, lat, lon):
    place = gazetteer.resolve(query).place
    assert place.source == "curated" and "http" in place.ref
    assert distance_km(place.lat, place.lon, lat, lon) < 2


@pytest.mark.parametrize("query, expected", [
    ("Baharlı", "Moshkhmhat"),         # Khojaly's Baharlı keeps its name; Zangilan's only as 'Baharlı (Zəngilan)'
])
def test_a_southern_village_leaves_a_namesake_its_name(gazetteer, query, expected):
    assert gazetteer.resolve(query).place.name == expected


@pytest.mark.parametrize("query", ["İşıqlı", "Qayalı", "Qaradərə", "Qız Qalası", "Giz Galasi"])
def test_a_name_the_south_shares_stays_unresolved_alone(gazetteer, query):
    with pytest.raises(PlaceNotFound):    # İşıqlı is also a Fuzuli village; Qız Qalası is Baku's Maiden Tower too
        gazetteer.resolve(query)


def test_the_bare_name_of_many_qaraagac_villages_is_not_given_to_gubadli_s(gazetteer):
    try:
        place = gazetteer.resolve("Qaraağac").place
    except PlaceNotFound:
        return
    assert distance_km(place.lat, place.lon, 39.3944, 46.6483) > 5, place.name


def test_a_report_of_a_landing_at_fuzuli_airport_places_it_at_the_airport_not_the_town(gazetteer):
    text = "The plane carrying the Turkish president landed at Fuzuli International Airport on 26 October 2021."
    events = extract_text(text, dt.date(2021, 10, 27), gazetteer, source="test")
    (lon, lat), = [e["coordinates"][0] for e in events if e["place_name"] == "Fuzuli International Airport"]
    assert distance_km(lat, lon, 39.5942, 47.1964) < 2


def test_baku_s_maiden_tower_is_not_placed_at_the_jabrayil_dam(gazetteer):
    text = "The tourists visited the Maiden Tower in Baku, known locally as Qiz Qalasi, the ministry said."
    events = extract_text(text, dt.date(2022, 9, 14), gazetteer, source="test")
    for event in events:
        (lon, lat), = event["coordinates"]
        assert distance_km(lat, lon, 39.1786, 47.0339) > 50, event["place_name"]
