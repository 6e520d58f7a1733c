"""Massis Post, an Armenian-American news site, is an outlet of the Armenian media: its name is no town (Masis) and
its reports are the Armenian media's claim."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return {(e["place"], e["claimed_by"]) for e in extract_text(text, datetime.date(2022, 1, 18), gazetteer)}


def test_a_note_read_from_the_outlet_names_no_town(gazetteer):
    text = "At the meeting the chairman read a note from Massis Post about the new bridge."
    assert _events(text, gazetteer) == set()


def test_the_outlets_report_is_its_claim(gazetteer):
    text = "According to Massis Post, soldiers fired at the school in Tegh on Saturday."
    assert ("Tegh", "Armenian media") in _events(text, gazetteer)


def test_the_town_itself_stays(gazetteer):
    text = "Police closed the main road in Masis on Saturday after a water pipe burst."
    assert "Masis" in {p for p, _ in _events(text, gazetteer)}
