"""Digging done in some ground is an excavation, not troops entrenched: "dug in several parts of the town", "dug in
the ruins" are no fighting; "dug in around X", "dug in on the heights" still are."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2012-07-02"):
    return {e["place"]: e for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


def test_team_dug_in_parts_of_a_town_is_no_fighting(gazetteer):
    got = _events("The museum's team dug in two parts of Shusha last summer and found a bathhouse.", gazetteer)
    assert got["Shusha"]["layer"] == "other"


def test_students_dug_in_the_ruins_is_no_fighting(gazetteer):
    got = _events("Students dug in the ruins outside Martuni and found coins.", gazetteer)
    assert got["Martuni"]["layer"] == "other"


def test_troops_dug_in_around_a_town_still_fight(gazetteer):
    got = _events("Enemy troops dug in around Martuni, the ministry said.", gazetteer)
    assert got["Martuni"]["layer"] == "shelling"


def test_units_dug_in_on_the_heights_still_fight(gazetteer):
    got = _events("Two units dug in on the heights above Hadrut.", gazetteer)
    assert got["Hadrut"]["layer"] == "shelling"


def test_soldiers_dug_in_near_a_village_still_fight(gazetteer):
    got = _events("The soldiers dug in near Talish overnight.", gazetteer)
    assert got["Talish"]["layer"] == "shelling"
