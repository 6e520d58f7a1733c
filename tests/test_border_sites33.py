"""Sites of Georgia on its border with Azerbaijan or Armenia (the Davit Gareja monasteries) are read like the two
countries' places, and the way to a site closed to or opened for the people who go there is a checkpoint's news.
Sentences written for this test."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.extract.glosses import names_sentence

DAY = dt.date(2021, 9, 10)


def _found(text, gazetteer):
    return {(c["place_name"], c["layer"]) for c in extract_text(text, DAY, gazetteer)}


@pytest.mark.parametrize("text, place", [
    ("A tent stood near the Udabno church on Tuesday.", "Udabno Monastery"),
    ("Pilgrims visited the Chichkhituri and Udabno monasteries on Sunday.", "Chichkhituri"),
    ("Pilgrims visited the Chichkhituri and Udabno monasteries on Sunday.", "Udabno Monastery"),
    ("Guards were seen on the slope towards Davit Gareji on Monday.", "David Gareja"),
])
def test_a_border_site_of_georgia_is_read(gazetteer, text, place):
    assert place in {name for name, _ in _found(text, gazetteer)}


@pytest.mark.parametrize("text, place", [
    ("The trail to the Udabno church was closed to pilgrims on Monday.", "Udabno Monastery"),
    ("Guards stopped two priests on the track to the Chichkhituri tower on Friday.", "Chichkhituri"),
    ("Access to the Tetri Udabno monastery stayed shut for a week.", "Udabno Monastery"),
    ("Pilgrims were turned back on the path to Keshikchidag on Sunday.", "David Gareja"),
    ("Tourists will be allowed back to the Chichkhituri and Udabno monasteries next week.", "Chichkhituri"),
    ("The ways to the Lavra and the Easter cathedral remain open to visitors, the diocese said.",
     "David Gareja Lavra"),
])
def test_the_way_to_a_site_closed_or_opened_is_a_checkpoint(gazetteer, text, place):
    assert (place, "checkpoints") in _found(text, gazetteer)


@pytest.mark.parametrize("text, place, layer", [
    ("Oil was loaded at Supsa on Monday.", "Supsa", None),        # a terminal far from the border: abroad
    ("The road to Goris was closed on Monday.", "Goris", "corridors"),
    ("The pipe that runs through Tavush on its way to Ijevan was torn open by a blast.", "Ijevan", None),
])
def test_roads_and_journeys_keep_their_reading(gazetteer, text, place, layer):
    found = _found(text, gazetteer)
    if layer is None:
        assert (place, "checkpoints") not in found
    else:
        assert (place, layer) in found


@pytest.mark.parametrize("text, naming", [
    ("Locally the fortress is called Tsikhe or Kala; Azerbaijanis call it Qala, the old keep.", True),
    ("Police called Ganja at noon; Armenians call it a lie.", False),
])
def test_names_given_by_each_side(text, naming):
    assert names_sentence(text) is naming
