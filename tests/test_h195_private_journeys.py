"""A private person's journeys told as a habit or a memory (a kinsman or the club's members who "used to" travel,
who "once" went by train, what a kinsman says the trains "used to" be) are a private life's, no event; what a
kinsman used to do in a town stays, and so does the war told in the sentence."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer):
    return {name for e in extract_text(text, datetime.date(2023, 5, 2), gazetteer) for name in e["place"].split(";")}


def test_kinsman_used_to_drive_to_a_town(gazetteer):
    assert "Ganja" not in _places("Our baker's brother used to drive a van to Ganja every Friday.", gazetteer)


def test_member_who_once_rode_a_train(gazetteer):
    text = "One of our founding members, who once slept on the overnight train to Tbilisi, still tells the story."
    assert "Tbilisi" not in _places(text, gazetteer)


def test_kinsman_says_the_buses_used_to(gazetteer):
    text = "My grandfather drove a taxi for years, and he says the buses from Ganja to Gazakh used to be packed."
    places = _places(text, gazetteer)
    assert not {"Ganja", "Gazakh"} & places


def test_kinsman_doing_something_in_a_town_stays(gazetteer):
    # not a journey: what she did in the town is told there
    text = "My grandmother used to sell cheese in Tartar at the Sunday market."
    assert "Tartar" in _places(text, gazetteer)


def test_lorries_that_used_to_run_are_no_private_habit(gazetteer):
    text = "Lorries used to drive from Ganja to Gazakh on this road before it was closed."
    assert {"Ganja", "Gazakh"} <= _places(text, gazetteer)


def test_war_told_keeps_the_town(gazetteer):
    text = "My uncle used to drive to Tartar, which was shelled on Monday night."
    assert "Tartar" in _places(text, gazetteer)
