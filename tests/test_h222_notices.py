"""A club's contest or outing to come, its town told before the verb ("the under-12 tournament in X will take place on
3 May"), is a notice, not an event, as "the tournament will be held in X" already was; a summit, an exhibition or a
contest that already took place keeps its town."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, datetime.date(2024, 3, 1), gazetteer)}


def test_a_club_tournament_in_a_town_to_come(gazetteer):
    text = "The junior chess tournament in Goris will take place on 20 April if enough pupils sign up."
    assert _places(text, gazetteer) == set()


def test_a_spring_picnic_at_a_town_to_come(gazetteer):
    text = "The spring picnic at Dilijan will be held on the first Sunday of May."
    assert _places(text, gazetteer) == set()


def test_a_tournament_already_played_stays(gazetteer):
    text = "The junior chess tournament in Goris took place on 20 February in the school hall."
    assert _places(text, gazetteer) == {"Goris"}


def test_an_exhibition_a_ministry_announces_stays(gazetteer):
    text = "An exhibition in Shusha will be held on 3 May, the culture ministry said."
    assert "Shusha" in _places(text, gazetteer)
