"""A place said to face the fighting (across a river) has no fighting of its own: "the towns that face the fighting
across the Araz" tells where the fighting lies from them, not fire there, and the named river is no way taken."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 20)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_troops_at_towns_facing_the_fighting_are_no_fire():
    layers = _layers("Armoured units were moved up to Jolfa and Meghri, the two towns that face the fighting "
                     "across the Araz.")
    assert layers.get("Jolfa") == "other" and layers.get("Meghri") == "other"


def test_a_town_that_faces_the_fighting_is_no_fire():
    assert _layers("Police reinforcements were stationed at Jolfa, a town which faces the fighting.")["Jolfa"] == "other"


def test_a_town_that_faced_heavy_fighting_keeps_it():
    assert _layers("Jolfa, the town that faced heavy fighting on Friday, was quiet.")["Jolfa"] == "shelling"


def test_fighting_near_a_town_keeps_it():
    assert _layers("Heavy fighting went on near Meghri on Monday.")["Meghri"] == "shelling"
