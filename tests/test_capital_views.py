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


def test_a_reply_from_the_capital_is_its_government():
    found = _names("Armenia says it asked for an inquiry into the shooting near Sotk but has had no reply from Baku.")
    assert "Baku" not in found and "Sotk" in found, found


def test_the_capitals_voices_are_no_scene():
    found = _names("Many in Yerevan have long suspected that the fire near Tegh was started on purpose.")
    assert "Yerevan" not in found and "Tegh" in found, found


def test_an_issue_raised_in_two_capitals_is_raised_with_both_governments():
    found = _names("The French envoy said she had discussed the issue in Yerevan and Baku before the shelling of Tegh.")
    assert not found & {"Yerevan", "Baku"} and "Tegh" in found, found


def test_a_capital_hit_with_another_town_stays():
    assert {"Baku", "Ganja"} <= _names("Rockets hit Baku and Ganja overnight.")
