"""A building placed by a village ("the school in X"), then taken up by "it" after a semicolon: what befell it befell
the village."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 8, 22)


def _layers(text):
    return {(e["place"], e["layer"]) for e in extract_text(text, DAY)}


def test_the_school_damaged_after_a_semicolon_is_shelling():
    text = "You may recall the school in Aygepar, where my cousin studied; it was hit by the shelling as well."
    assert ("Aygepar", "shelling") in _layers(text)


def test_a_kindergarten_taken_up_by_it():
    text = "Do you remember the kindergarten in Chinari; it had been damaged by shelling in the spring."
    assert ("Chinari", "shelling") in _layers(text)


def test_it_telling_no_attack_stays_other():
    text = "You may recall the school in Aygepar, where my cousin studied; it was built by her grandfather."
    assert ("Aygepar", "shelling") not in _layers(text)


def test_another_place_after_the_semicolon_takes_the_fire():
    text = "You may recall the school in Aygepar; the shop in Berd was damaged by the shelling."
    assert ("Aygepar", "shelling") not in _layers(text)
