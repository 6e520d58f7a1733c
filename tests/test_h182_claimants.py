"""Claimants told around a relative clause, a group cited again, and a picture dated before its verb."""

import datetime

from geo.extract import extract_text
from geo.extract.claims import find_attributions

PUBLISHED = datetime.date(2024, 5, 10)


def _claims(text):
    return [e["claimed_by"] for e in extract_text(text, PUBLISHED)]


def _whos(sentence):
    return [a.who for a in find_attributions(sentence)]


def test_which_clause_with_what_keeps_the_group():
    # "what" inside the relative clause starts no subject of its own
    sentence = "Heritage Alert, which records what becomes of old churches, says the chapel in Vank was stripped."
    assert _whos(sentence) == ["Heritage Alert"]


def test_which_clause_without_what_unchanged():
    sentence = "Heritage Alert, which records old churches, says the chapel in Vank was stripped."
    assert _whos(sentence) == ["Heritage Alert"]


def test_what_outside_a_relative_clause_unchanged():
    # a free relative as the sentence's subject is no relative clause on a speaker
    sentence = "What became of the chapel in Vank, the institute says, is unclear."
    assert _whos(sentence) == ["institute"]


def test_same_group_says_is_the_group_before():
    text = ("Heritage Alert, which records old churches, says the chapel in Vank was stripped. "
            "The same group says the cross at Gandzasar was broken.")
    assert _claims(text) == ["Heritage Alert", "Heritage Alert"]
    # read as a source cited before, as "the same reports said" is
    assert _whos("The same group says the cross at Gandzasar was broken.") == ["the report"]


def test_same_group_of_people_is_no_group_before():
    sentence = "The same group of soldiers said Vank was shelled."
    assert _whos(sentence) != ["the report"]


def test_picture_from_a_weekday_of_last_week():
    sentence = "A Reuters photo from Tuesday of last week shows soldiers at a checkpoint near Lachin."
    assert _whos(sentence) == ["A Reuters photo"]
    text = "A Reuters photo from Tuesday of last week shows soldiers at a checkpoint near Lachin."
    assert "Reuters" in (_claims(text)[0] or "")


def test_picture_from_a_place_unchanged():
    # only a weekday after a picture's "from" is its day: a picture "from" a town keeps the town
    assert _whos("A photograph from Goris shows soldiers at a checkpoint near Lachin.") == ["A photograph from Goris"]
