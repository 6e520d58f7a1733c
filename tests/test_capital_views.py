"""A capital named for its commentators or its officials is no scene of an event."""

import datetime as dt

from geo.extract import extract_text


def _names(text):
    return {c["place_name"] for c in extract_text(text, dt.date(2024, 3, 1))}


def test_commentators_in_the_capital():
    assert "Baku" not in _names("In Baku, some commentators read the move as a sign that Moscow had lost interest.")


def test_an_official_from_the_capital():
    assert "Yerevan" not in _names("Her husband said that no official from Yerevan had ever called the family.")


def test_a_capital_that_hands_over_prisoners_is_its_government():
    found = _names("The statement added that on 3 May, the day the two leaders met in Prague, Baku had also handed "
                   "over two civilians.")
    assert "Baku" not in found, found
