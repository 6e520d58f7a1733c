"""Troops driven back from a place is fighting there; a body's map is its claim."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 12, 20)


def _events(text):
    return {e["place"]: e for e in extract_text(text, DAY)}


def test_troops_driven_back_from_a_village_is_fighting():
    text = "On Friday night the defenders drove the enemy back from the edge of Mets Shen."
    assert _events(text)["Mets Shen"]["layer"] == "shelling"


def test_troops_named_between_verb_and_back():
    text = "Local units had pushed Azerbaijani soldiers back from the hills above Martuni, the army said."
    assert _events(text)["Martuni"]["layer"] == "shelling"


def test_cattle_driven_back_is_no_fighting():
    # negative: a herd, not troops
    text = "In the evening the shepherds drove the cattle back from the pastures of Mets Shen."
    assert _events(text)["Mets Shen"]["layer"] != "shelling"


def test_a_ministrys_map_is_its_claim():
    text = "By the Russian defence ministry's map of Monday, the road to Martuni lies outside the zone."
    assert _events(text)["Martuni"]["claimed_by"] == "Russian MoD"


def test_a_school_map_names_no_claimant():
    # negative: a map with no body of the actor table as its owner
    text = "In the school's map of the district, Martuni is coloured green."
    assert not _events(text)["Martuni"]["claimed_by"]
