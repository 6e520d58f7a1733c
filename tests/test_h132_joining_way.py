"""A way opened or closed, told after a comma by the places it joins, is a way between them: "the bridge over the river
was opened, joining A to B" (as "linking A with B" is). A way or a strip of land only described by what it joins is
no news of them ("a strip of land joining A to B"), and people joining a body are no way: "joining the volunteers in
A to help" stays A's own news."""

import datetime as dt

from geo.extract import extract_text


def _layers(text, place, published="2021-08-01"):
    return [e["layer"] for e in extract_text(text, dt.date.fromisoformat(published)) if place in e["place"].split(";")]


def test_bridge_opened_joining_two_towns_is_their_way():
    text = "The new bridge over the Vorotan was opened on Monday, joining Goris to Sisian.\n"
    assert _layers(text, "Goris") == ["corridors"] and _layers(text, "Sisian") == ["corridors"]


def test_bridge_reopened_joining_two_towns_is_their_way():
    text = "The bridge was reopened on Monday, joining Ijevan to Noyemberyan again after a year.\n"
    assert _layers(text, "Ijevan") == ["corridors"] and _layers(text, "Noyemberyan") == ["corridors"]


def test_joining_the_volunteers_in_a_town_is_no_way():
    text = "He is joining the volunteers in Goris to help the refugees.\n"
    assert "corridors" not in _layers(text, "Goris")


def test_strip_of_land_joining_two_places_is_no_way():
    text = "The fall of Ijevan gave the enemy a broad strip of land joining Noyemberyan to the border.\n"
    assert "corridors" not in _layers(text, "Noyemberyan")
