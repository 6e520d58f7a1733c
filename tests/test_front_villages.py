"""The sweep of the 2020-2023 front's villages (Fuzuli, Tartar, Khojavend, Shusha, Aghdara) and of Armenia's
Syunik, Gegharkunik and Vayots Dzor border zones: each answers under its names at the point its cited
source gives, and a name other places share stays theirs."""

import datetime as dt

import pytest

from geo.errors import AmbiguousPlace, PlaceNotFound
from geo.extract import extract_text
from geo.gazetteer import distance_km


# (query, latitude, longitude) as read in the row's cited page
@pytest.mark.parametrize("query, lat, lon", [
    ("Ishigli (Fuzuli)", 39.5736, 47.1625), ("İşıqlı (Füzuli)", 39.5736, 47.1625),              # Fuzuli
    ("Ишыглы (Физулинский район)", 39.5736, 47.1625), ("Garvend (Fuzuli)", 39.6322, 47.2269),
    ("Qarakollu", 39.4886, 47.1178), ("Karakollu", 39.4886, 47.1178), ("Каракёллу", 39.4886, 47.1178),
    ("Qaraxanbəyli (Füzuli)", 39.5994, 47.2672), ("Garakhanbeyli, Fuzuli", 39.5994, 47.2672),
    ("Mirəli türbəsi", 39.6972, 47.1978), ("Mirali Mausoleum", 39.6972, 47.1978),
    ("Karaglukh (Hadrut)", 39.4643, 46.9572), ("Քարագլուխ (Հադրութ)", 39.4643, 46.9572),      # Khojavend (Hadrut)
    ("Quzumkənd", 39.7431, 46.9936), ("Kert", 39.7431, 46.9936), ("Кузумкенд", 39.7431, 46.9936),  # Khojavend
    ("Qozlukörpü", 40.1303, 46.4564), ("Getavan", 40.1303, 46.4564), ("Գետավան", 40.1303, 46.4564),  # Aghdara
    ("Zəylik (Ağdərə)", 40.1725, 46.5769), ("Zeylik, Aghdara", 40.1725, 46.5769),
    ("Tsapatagh", 40.4214, 45.5333), ("Ծափաթաղ", 40.4214, 45.5333),                             # Gegharkunik
    ("Geghamabak", 40.1567, 45.8011), ("Kayabashi (Vardenis)", 40.1567, 45.8011),                          # Vardenis area
    ("Avazan", 40.3000, 45.7000), ("Göysu (Basarkeçər)", 40.3000, 45.7000),
    ("Shatjrek", 40.1639, 45.8033), ("Շատջրեք", 40.1639, 45.8033), ("Koshabulag (Vardenis)", 40.1639, 45.8033),
    ("Geghi", 39.2167, 46.1500), ("Գեղի", 39.2167, 46.1500),
    ("Qarakilsə (Sisian)", 39.5208, 46.0322), ("Garakilsa (Sisian)", 39.5208, 46.0322),         # Syunik
    ("Mirzələr", 39.7756, 46.6617), ("Mirzalar (Shusha)", 39.7756, 46.6617),                    # Shusha
    ("İsa bulağı", 39.7447, 46.7097), ("Isa Spring", 39.7447, 46.7097), ("Иса-Булагы", 39.7447, 46.7097),
])
def test_a_swept_place_resolves_within_2_km_of_its_cited_point(gazetteer, query, lat, lon):
    place = gazetteer.resolve(query).place
    assert place.source == "curated" and "http" in place.ref
    assert distance_km(place.lat, place.lon, lat, lon) < 2


def _answer(gazetteer, query):
    try:
        return gazetteer.resolve(query).place.name
    except (PlaceNotFound, AmbiguousPlace):
        return None


@pytest.mark.parametrize("query", ["Qoşabulaq", "Koshabulag", "Qayabaşı", "Göysu"])
def test_a_common_old_name_of_a_vardenis_village_stays_unresolved_alone(gazetteer, query):
    assert _answer(gazetteer, query) is None


@pytest.mark.parametrize("query", ["Garakilsa", "Qarakilsə"])
def test_sisians_old_name_alone_is_not_given_to_sisian(gazetteer, query):
    # Vanadzor was Böyük Qarakilsə and Lernahovit a Qarakilsə too: only the qualified form is Sisian's
    assert _answer(gazetteer, query) != "Sisian"


def test_hadruts_karaglukh_leaves_the_vayots_dzor_village_its_bare_name(gazetteer):
    place = gazetteer.resolve("Karaglukh").place
    assert place.country == "AM"


@pytest.mark.parametrize("query", ["Mirali", "Isa", "İsa", "Mirza", "Mirzə"])
def test_a_given_name_is_not_taken_for_the_place_named_after_it(gazetteer, query):
    assert _answer(gazetteer, query) is None


def test_the_spring_near_shusha_is_found_in_a_sentence(gazetteer):
    events = extract_text("The President visited the Isa Spring near Shusha on 5 July.", dt.date(2022, 7, 5),
                          gazetteer, source="test")
    found = {e["place_name"]: e["coordinates"][0] for e in events}
    assert "Isa Spring" in found, found


def test_the_fuzuli_villages_retaken_on_17_october_2020_are_placed_there(gazetteer):
    text = ("The Azerbaijani army has liberated Fuzuli city and the villages of Gochahmadli, Juvarli, Ishigli "
            "and Dadali of the Fuzuli district, President Ilham Aliyev said on 17 October 2020.")
    events = extract_text(text, dt.date(2020, 10, 17), gazetteer, source="test")
    found = {e["place_name"]: e["coordinates"][0] for e in events}
    assert "Ishigli (Fuzuli)" in found, found
    lon, lat = found["Ishigli (Fuzuli)"]
    assert distance_km(lat, lon, 39.5736, 47.1625) < 2
