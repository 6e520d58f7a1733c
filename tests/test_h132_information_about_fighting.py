"""The fighting named as what a visiting team gathers information about is the visit's subject, not fighting where
the team arrived: "a team arrived in X to gather information about the fighting" is X's visit (other). Fighting told
at a place stays fighting."""

import datetime as dt

from geo.extract import extract_text


def _layers(text, place, published="2021-08-01"):
    return [e["layer"] for e in extract_text(text, dt.date.fromisoformat(published)) if place in e["place"].split(";")]


def test_team_gathering_information_about_the_fighting_is_a_visit():
    text = "An OSCE mission came to Goris on Friday to collect information about the fighting.\n"
    assert _layers(text, "Goris") == ["other"]


def test_team_gathering_data_on_the_fighting_is_a_visit():
    text = "Red Cross staff reached Kapan on Monday to gather data on the fighting, the office said.\n"
    assert _layers(text, "Kapan") == ["other"]


def test_fighting_at_the_place_stays_fighting():
    text = "Heavy fighting went on near Goris on Friday, and a team arrived later to gather information.\n"
    assert _layers(text, "Goris") == ["shelling"]
