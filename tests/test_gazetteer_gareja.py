"""The Davit Gareja (Keshikchidag) monastery complex on the Georgia–Azerbaijan border and its monasteries, added
with the complex's cited point: each of both sides' names and the monasteries' usual forms answers under its own
row, and sentences written for this test place them."""

import datetime as dt

import pytest

from geo.extract import extract_text

NAMED = [
    ("Davit Gareja", "David Gareja"),
    ("David Gareji", "David Gareja"),
    ("Gareji", "David Gareja"),
    ("Keshikchidag", "David Gareja"),
    ("Keshikchi Dag", "David Gareja"),
    ("Давид Гареджа", "David Gareja"),
    ("Lavra of St. David", "David Gareja Lavra"),
    ("David's Lavra", "David Gareja Lavra"),
    ("Tetri Udabno", "Udabno Monastery"),
    ("Udabno church", "Udabno Monastery"),
    ("Chichkhituri tower", "Chichkhituri"),
    ("Chichkhituri monastery", "Chichkhituri"),
    ("Easter Cathedral", "Easter Monastery"),
]


@pytest.mark.parametrize("name, row", NAMED)
def test_a_name_of_the_complex_answers_its_row(gazetteer, name, row):
    assert gazetteer.resolve(name).place.name == row


@pytest.mark.parametrize("text, expected", [
    ("Clergy said the trail to the Chichkhituri monastery was shut for a second day.", "Chichkhituri"),
])
def test_a_report_places_the_site(gazetteer, text, expected):
    found = {c["place_name"] for c in extract_text(text, dt.date(2021, 9, 10), gazetteer)}
    assert expected in found, found
