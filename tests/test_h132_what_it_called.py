"""An area named "in what it called the X region" after a place only locates that place, as "in what it calls" does
(the statement's own name for the area, reported in the past tense)."""

import datetime as dt

from geo.extract import extract_text


def _places(text, published="2021-08-01"):
    return {name for e in extract_text(text, dt.date.fromisoformat(published)) for name in e["place"].split(";")}


def test_area_in_what_it_called_only_locates():
    found = _places("The ministry said shots came from positions near Dovegh in what it called the Ijevan region.\n")
    assert "Dovegh" in found and "Ijevan" not in found


def test_area_in_what_they_called_only_locates():
    found = _places("Fire was opened from Dovegh in what they called the Ijevan district, the statement said.\n")
    assert "Dovegh" in found and "Ijevan" not in found


def test_a_place_shelled_in_what_was_called_a_provocation_stays():
    found = _places("Troops shelled Ijevan on Monday in what the ministry called a provocation.\n")
    assert "Ijevan" in found
