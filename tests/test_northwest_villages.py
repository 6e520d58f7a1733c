"""The 2026 sweep of the Kalbajar, Lachin, Aghdam, Tartar and Gazakh districts and of Tavush: each village answers
under its Azerbaijani, Armenian, plain-Latin and Russian names at the point its cited page gives, and a name other
places share stays theirs."""

import datetime as dt

import pytest

from geo.errors import PlaceNotFound
from geo.extract import extract_text
from geo.gazetteer import distance_km


# (query, latitude, longitude) as read in the row's cited page
@pytest.mark.parametrize("query, lat, lon", [
    ("Spitakajur", 39.7786, 46.2597), ("Սպիտակաջուր", 39.7786, 46.2597),              # Lachin
    ("Ağbulaq, Lachin", 39.7786, 46.2597), ("Aghbulag (Lachin)", 39.7786, 46.2597),
    ("Orta Qaraçanlı", 40.0350, 46.0403), ("Garajanli", 40.0350, 46.0403),             # Kalbajar
    ("Qaraçanlı (Kəlbəcər)", 40.0350, 46.0403), ("Гарачанлы (Кельбаджарский район)", 40.0350, 46.0403),
    ("Soyuqbulaq (Kəlbəcər)", 40.0097, 46.0039), ("Tsrtnot", 40.0097, 46.0039),
    ("Lev (Kalbajar)", 40.2603, 46.1056), ("Լեւոնի Գիւղ", 40.2603, 46.1056),
    ("Hüsülü", 39.6406, 46.4092), ("Husulu", 39.6406, 46.4092), ("Kashataghk", 39.6406, 46.4092),  # Lachin
    ("Aghavnavank", 40.7308, 45.0933), ("Агавнаванк", 40.7308, 45.0933), ("Աղավնավանք", 40.7308, 45.0933),  # Tavush
])
def test_a_northwest_village_resolves_within_2_km_of_its_cited_point(gazetteer, query, lat, lon):
    place = gazetteer.resolve(query).place
    assert place.source == "curated" and "http" in place.ref
    assert distance_km(place.lat, place.lon, lat, lon) < 2


@pytest.mark.parametrize("query, far_from", [
    ("Soyuqbulaq", (40.0097, 46.0039)),   # the bigger Soyuqbulaq villages keep the bare name
    ("Ağbulaq", (39.7786, 46.2597)),      # several districts have an Ağbulaq: the bare name stays ambiguous
    ("Lev", (40.2603, 46.1056)),          # a given name and a currency: only 'Lev (Kalbajar)' is the village
    ("Kashatagh", (39.6406, 46.4092)),    # the province keeps its name; Hüsülü is Kashataghk
])
def test_a_shared_bare_name_is_not_taken_by_a_northwest_village(gazetteer, query, far_from):
    try:
        place = gazetteer.resolve(query).place
    except PlaceNotFound:
        return
    assert distance_km(place.lat, place.lon, *far_from) > 5


def test_a_report_of_a_kalbajar_village_places_it_there(gazetteer):
    text = "Former residents of Garajanli in Kalbajar returned to their rebuilt homes on Monday, officials said."
    events = extract_text(text, dt.date(2025, 6, 2), gazetteer, source="test")
    points = [point for e in events for point in e["coordinates"]]
    assert any(distance_km(lat, lon, 40.0350, 46.0403) < 2 for lon, lat in points), events


def test_a_person_named_lev_is_no_kalbajar_village(gazetteer):
    text = "Lev Gudkov of the Levada Center said in Moscow on Monday that prices were quoted in lev."
    for event in extract_text(text, dt.date(2025, 6, 2), gazetteer, source="test"):
        for lon, lat in event["coordinates"]:
            assert distance_km(lat, lon, 40.2603, 46.1056) > 5, event["place_name"]
