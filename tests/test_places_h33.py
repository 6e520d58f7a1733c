"""A small village named as a round-up's paragraph heading before a colon ("Chinari: ...") is that paragraph's
place, as "in Chinari" would be; a heading is no speaker's label and no word that happens to be a village."""

import datetime as dt

import pytest

from geo.extract import extract_text

PUBLISHED = dt.date(2024, 6, 14)


def _places(text):
    return {c["place_name"] for c in extract_text(text, PUBLISHED, source="t.txt")}


@pytest.mark.parametrize("text, place", [
    ("Chinari: The school bus now takes the long way round by the hills, the parents said.", "Chinari"),
    ("Baghanis: Two houses were hit by gunfire overnight, the village head said.", "Baghanis"),
    ("Khachik again: The water main that burst in the frost has still not been repaired.", "Khachik"),
])
def test_small_village_heading_names_its_paragraph(text, place):
    assert place in _places(text)


@pytest.mark.parametrize("text, place", [
    # a small village still needs its context when it is not a heading of its own
    ("The report on Chinari said nothing new.", "Chinari"),
    ("Voters asked Khachik Petrosyan: what will change?", "Khachik"),
])
def test_small_village_without_heading_needs_context(text, place):
    assert place not in _places(text)
