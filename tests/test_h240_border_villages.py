"""Two border villages facing each other across the Gadabay–Gegharkunik line, added to the curated gazetteer with
their sources: Novoivanovka (Gadabay district) and Kutakan (Gegharkunik, placed at its cemetery's record). A sentence
naming them as the place of fire gets them; a neighbour's name close to theirs stays its own place."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 9, 16)


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def _places(text, gazetteer):
    return {e["place"] for e in _events(text, gazetteer)}


def test_fire_on_the_gadabay_village(gazetteer):
    events = [e for e in _events("Baku's defence ministry said mortar rounds landed near Novoivanovka on Tuesday.",
                                 gazetteer) if e["place"] == "Novoivanovka"]
    assert events and events[0]["layer"] == "shelling"
    assert events[0]["start_date"] == "2022-09-13"
    lon, lat = events[0]["coordinates"][0]
    assert abs(lat - 40.56) < 0.05 and abs(lon - 45.54) < 0.05


def test_fire_on_the_gegharkunik_village(gazetteer):
    events = [e for e in _events("The Armenian defence ministry said positions near Kutakan came under fire on Monday.",
                                 gazetteer) if e["place"] == "Kutakan"]
    assert events and events[0]["layer"] == "shelling"
    assert events[0]["start_date"] == "2022-09-12"


def test_both_in_one_list(gazetteer):
    assert {"Novoivanovka", "Kutakan"} <= _places(
        "Shells fell on Kutakan and on Novoivanovka overnight, both sides said on Wednesday.", gazetteer)


# near sentences: the neighbours keep their own names

def test_the_older_molokan_village_stays_itself(gazetteer):
    places = _places("Shells fell on Novosaratovka on Tuesday, the ministry said.", gazetteer)
    assert "Novoivanovka" not in places


def test_kut_stays_kut(gazetteer):
    places = _places("Shots were fired at Kut on Monday, the ministry said.", gazetteer)
    assert "Kutakan" not in places


def test_a_family_name_is_no_village(gazetteer):
    places = _places("Anna Kutakanyan said the market in Vardenis was quiet on Monday.", gazetteer)
    assert "Kutakan" not in places
