"""An English phrase whose first word a village's other name spells ("tug of war") is no place."""
import datetime as dt

from geo.extract import extract_text


def _places(text):
    return {name for e in extract_text(text, dt.date(2023, 9, 27)) for name in e["place"].split(";")}


def test_tug_of_war_is_no_village():
    text = "14:00 Tug of war on the green, married against single, teams of six."
    assert _places(text) == set()


def test_village_of_that_name_stays():
    # negative case: the village itself, shelled
    text = "Shells fell on the village of Tug last night, the ministry said."
    assert _places(text) == {"Tug"}
