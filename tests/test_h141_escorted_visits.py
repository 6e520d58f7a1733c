"""Visits made under escort, read from heldout141's wording and filed as the older sets file escorted visits to a
shrine (heldout45, heldout102, heldout126: other): the visit is the news, the escort its manner."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 3, 26)


def _layers(text, place, published=DAY):
    return [e["layer"] for e in extract_text(text + "\n", published) if place in e["place"].split(";")]


def test_a_visit_under_escort_is_a_visit():
    assert _layers("Some sixty pilgrims visited Gandzasar over two days under escort.", "Gandzasar") == ["other"]


def test_a_visit_with_a_russian_escort_is_a_visit():
    assert _layers("Twenty pilgrims visited Amaras with a Russian escort on Sunday.", "Amaras") == ["other"]


def test_a_convoy_under_escort_is_still_a_way():
    assert _layers("The convoy travelled to Stepanakert under escort.", "Stepanakert") == ["corridors"]


def test_a_drive_under_escort_after_a_visit_is_still_a_way():
    assert _layers("The pilgrims visited Gandzasar, then drove under escort to Dadivank.", "Dadivank") == ["corridors"]
