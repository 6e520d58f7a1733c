"""The houses of a village told damaged, without an attack verb of their own ("broke windows in most homes of the
village", "damaged the roofs of a dozen houses in X"), in a sentence that tells fire before it, are the fire's
damage there: shelling, also where the village is first named only in a body's name ("who runs the X school").
Damage with no fire told, fire denied, or fire set apart by a semicolon give no shelling."""

import datetime

from geo.extract import extract_text


def _layers(text, gazetteer, published="2023-07-03"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_windows_broken_after_rockets_is_shelling(gazetteer):
    got = _layers("Aram Petrosyan, who runs the Kichan school, told Reuters that the rockets had struck the hillside "
                  "overnight and shattered the windows of twenty homes in the village.", gazetteer)
    assert got.get("Kichan") == "shelling"


def test_roofs_damaged_after_mortar_shells_is_shelling(gazetteer):
    got = _layers("Anna Sargsyan, who heads the Kichan clinic, told reporters that mortar shells had landed behind the "
                  "church and damaged the roofs of a dozen houses in the village.", gazetteer)
    assert got.get("Kichan") == "shelling"


# --- near sentences where the rule must not fire ---

def test_windows_broken_by_a_storm_is_no_shelling(gazetteer):
    got = _layers("Aram Petrosyan, who runs the Kichan school, told Reuters that the storm had torn through the "
                  "hillside overnight and shattered the windows of twenty homes in the village.", gazetteer)
    assert got.get("Kichan") == "other"


def test_fire_denied_is_no_shelling(gazetteer):
    got = _layers("Aram Petrosyan, who runs the Kichan school, told Reuters that no shells had landed this week, though "
                  "boys playing football had broken windows in most homes of the village.", gazetteer)
    assert got.get("Kichan") == "other"


def test_fire_before_a_semicolon_is_no_cause(gazetteer):
    got = _layers("Aram Petrosyan, who runs the Kichan school, told Reuters that shells had hit the hillside in May; "
                  "in the spring hail had broken windows in most homes of the village.", gazetteer)
    assert got.get("Kichan") != "shelling"
