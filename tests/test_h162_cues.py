"""Layers: an operation against the other side's strongholds is fighting; an artillery unit by its kind fires
nothing (sentences written for these rules)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 10, 3)


def layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_operation_against_strongholds_is_fighting():
    text = "At dawn the army began an operation against the enemy strongholds in the villages of the Fuzuli district."
    assert layers(text)["Fuzuli"] == "shelling"


def test_police_operation_against_smugglers_is_not_fighting():
    text = "At dawn the police began an operation against smugglers in the villages of the Fuzuli district."
    assert layers(text)["Fuzuli"] == "other"


def test_artillery_unit_that_got_away_is_no_fire():
    text = "On Saturday a major had got out of Kubatly with what remained of his artillery unit."
    assert layers(text)["Kubatly"] == "other"


def test_artillery_that_hit_is_fire():
    assert layers("On Saturday artillery hit Kubatly.")["Kubatly"] == "shelling"
