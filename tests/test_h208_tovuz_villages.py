"""Asrik Jirdakhan, a border village of Azerbaijan's Tovuz District, is found under its own name and its
Azerbaijani and Russian-derived spellings and placed there; the bare Asrik, another village, is not read as it."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return extract_text(text, datetime.date(2019, 5, 3), gazetteer)


def test_village_shelled_is_found_and_placed(gazetteer):
    text = "Army positions by Asrik Jirdakhan came under mortar fire overnight, the defence ministry in Baku said."
    found = [e for e in _events(text, gazetteer) if e["place"] == "Asrik Jirdakhan"]
    assert found and found[0]["layer"] == "shelling"
    lon, lat = found[0]["coordinates"][0]
    assert abs(lat - 40.864) < 0.05 and abs(lon - 45.626) < 0.05


def test_azerbaijani_spelling_is_the_same_village(gazetteer):
    text = "Shells landed near houses in Əsrik Cırdaxan on Tuesday evening, local officials said."
    points = [e["coordinates"][0] for e in _events(text, gazetteer)]
    assert any(abs(lat - 40.864) < 0.05 and abs(lon - 45.626) < 0.05 for lon, lat in points)


def test_bare_asrik_is_not_that_village(gazetteer):
    text = "Shells landed near houses in Asrik on Tuesday evening, local officials said."
    assert "Asrik Jirdakhan" not in {e["place"] for e in _events(text, gazetteer)}
