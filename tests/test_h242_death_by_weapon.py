"""A death told at a place whose weapon is named later, after "killed" and some words of where and when ("the first
man to die in X was a farmer, killed in his yard on 2 October by a drone") is the weapon's strike at X: shelling,
dated by the day told. A death with no weapon, a weapon after a semicolon, or a killing by something no weapon stays
as it was."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2020-10-05"):
    return {e["place"]: e for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


def test_death_with_drone_named_after_day_is_shelling(gazetteer):
    got = _events("The first man to die in Hadrut was a retired teacher, killed in his garden on 28 September by a "
                  "loitering drone, the mayor said.", gazetteer)
    assert got["Hadrut"]["layer"] == "shelling"
    assert got["Hadrut"]["start_date"] == "2020-09-28"


def test_death_with_shell_named_after_day_is_shelling(gazetteer):
    got = _events("The first resident to die in Hadrut was an old man, killed at home on 2 October by an artillery "
                  "shell.", gazetteer)
    assert got["Hadrut"]["layer"] == "shelling"


# --- near sentences where the rule must not fire ---

def test_death_by_a_lorry_is_no_shelling(gazetteer):
    got = _events("The first resident to die in Hadrut was an old man, killed on his way home on 2 October by a "
                  "speeding lorry.", gazetteer)
    assert got["Hadrut"]["layer"] == "other"


def test_weapon_after_a_semicolon_is_no_cause(gazetteer):
    got = _events("The last man to die in Hadrut before the ceasefire was a pensioner who had lived alone; months "
                  "later a drone was found in his garden.", gazetteer)
    assert got["Hadrut"]["layer"] == "other"


def test_death_with_no_weapon_is_no_shelling(gazetteer):
    got = _events("A woman who died in Hadrut on 27 September had been ill for years, her son said.", gazetteer)
    assert got["Hadrut"]["layer"] == "other"
