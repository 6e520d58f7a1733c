"""Cases a review of the heldout48/49 rules found them reading wrongly: each keeps what the rule was not meant to take."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

DAY = dt.date(2024, 5, 10)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def places(text, gazetteer):
    return {(c["place_name"], c["layer"]) for c in extract_text(text, DAY, gazetteer)}


def test_a_place_after_the_named_sources_is_still_read(gazetteer):
    found = places("The ministry cited Sofulu as the place the fire came from, but Armenian troops shelled Tegh.",
                   gazetteer)
    assert ("Tegh", "shelling") in found


def test_cites_names_sources_as_cited_does(gazetteer):
    assert places("The Armenian ministry cites Sofulu as the place the fire came from.", gazetteer) == set()


def test_within_firing_range_is_a_distance_not_a_range(gazetteer):
    found = places("Azerbaijani troops shelled Tegh on Monday, which lies within firing range of their posts.",
                   gazetteer)
    assert ("Tegh", "shelling") in found


def test_people_evacuated_in_vehicles_are_no_kit_recovered(gazetteer):
    found = places("Rescuers evacuated residents in vehicles after shells destroyed homes in Tegh on Monday.",
                   gazetteer)
    assert ("Tegh", "shelling") in found


def test_kit_taken_back_is_still_recovery(gazetteer):
    found = places("The soldiers were not allowed to take back the damaged equipment near Jermuk that day.", gazetteer)
    assert ("Jermuk", "other") in found


def test_a_village_nurse_is_no_village(gazetteer):
    found = places("Gulnara, a village nurse in the Kalbajar district, said the area was shelled.", gazetteer)
    assert "Gulnara" not in {name for name, _ in found}


def test_a_list_of_sources_going_on_after_as_is_still_dropped(gazetteer):
    found = places("Baku named Sotk as one of the places the fire came from, together with Tegh and Kornidzor.",
                   gazetteer)
    assert {name for name, _ in found} & {"Sotk", "Tegh", "Kornidzor"} == set()
