"""Places named only to say who people are, whose answer is awaited or where a village lies: no events there
(sentences written for these tests)."""

import datetime as dt

import pytest

from geo.extract import extract_text


def places(text, gazetteer, published="2024-06-12"):
    found = extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")
    return {name for c in found for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text, scene, origin", [
    ("We climbed up to the old fortress above Goris, where a family from Kapan sold us honey.", "Goris", "Kapan"),
    ("The fair went on until dark in Sisian, where some tourists from Yerevan bought carpets.", "Sisian", "Yerevan"),
    ("The choir sang in the square of Ganja, where two visitors from Sheki filmed the concert.", "Ganja", "Sheki"),
])
def test_a_group_from_a_town_in_a_where_clause_is_who_they_are(gazetteer, text, scene, origin):
    found = places(text, gazetteer)
    assert scene in found and origin not in found


@pytest.mark.parametrize("text, scene, origin", [
    ("Visitors from Ganja had been coming by car since dawn to see the concert in Shusha.", "Shusha", "Ganja"),
    ("Tourists from Yerevan were photographing the monastery at Tatev on Sunday.", "Tatev", "Yerevan"),
])
def test_visitors_named_by_their_home_are_no_event_there(gazetteer, text, scene, origin):
    found = places(text, gazetteer)
    assert scene in found and origin not in found


def test_a_journey_of_visitors_from_a_town_keeps_both_ends(gazetteer):
    assert {"Ganja", "Shusha"} <= places("Visitors from Ganja travelled by bus to Shusha on Saturday.", gazetteer)


@pytest.mark.parametrize("text, capital", [
    ("There was no official reaction from Baku to the report on Tuesday.", "Baku"),
    ("So far there has been no response from Yerevan.", "Yerevan"),
    ("Comments from Tbilisi were cautious.", "Tbilisi"),
])
def test_a_reaction_from_a_capital_is_its_government_speaking(gazetteer, text, capital):
    assert capital not in places(text, gazetteer)


def test_a_town_the_reaction_is_about_stays(gazetteer):
    assert "Goris" in places("There was no response from Yerevan to the shelling of Goris on Monday.", gazetteer)


@pytest.mark.parametrize("text, village, road_towns", [
    ("The village of Kornidzor on the Goris–Kapan road was chosen for 200 new houses.", "Kornidzor",
     {"Goris", "Kapan"}),
    ("A school opened in the settlement of Tegh, which lies on the Goris-Sisian highway.", "Tegh",
     {"Goris", "Sisian"}),
])
def test_a_road_named_to_say_where_a_village_lies_is_no_event_at_its_towns(gazetteer, text, village, road_towns):
    found = places(text, gazetteer)
    assert village in found and not road_towns & found


def test_a_journey_on_a_road_named_by_its_towns_is_still_a_route(gazetteer):
    found = places("The convoy drove along the Goris–Kapan road on Monday.", gazetteer)
    assert {"Goris", "Kapan"} <= found
