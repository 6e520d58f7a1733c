"""The verb of a speech aside set off by commas says who tells it, not where anyone was: in "It was near X, the
ministry said at the time, that a soldier was shot", the shot is X's news. A speaker who "said in X" still speaks
there."""

import datetime as dt

from geo.extract import extract_text


def _layers(text, place, published="2021-08-01"):
    return [e["layer"] for e in extract_text(text, dt.date.fromisoformat(published)) if place in e["place"].split(";")]


def test_cleft_with_an_aside_keeps_the_shot():
    text = "It was near Ordubad, the ministry said at the time, that a sergeant was shot in the arm.\n"
    assert _layers(text, "Ordubad") == ["shelling"]


def test_cleft_with_a_plain_aside_keeps_the_shot():
    text = "It was outside Julfa again, the statement says, that a private was shot in the shoulder.\n"
    assert _layers(text, "Julfa") == ["shelling"]


def test_speaker_who_said_in_a_town_is_not_fire_there():
    text = "The minister said in Baku that talks with Yerevan would go on next week.\n"
    assert "shelling" not in _layers(text, "Baku")
