"""A frontier post is a border post, and border guards said to be stationed at a place (or in and around it) hold a
post there: both are checkpoints; guards spread over whole provinces are not, nor is a frontier town."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 8, 12)


def _layers(text):
    return {e["place_name"]: e["layer"] for e in extract_text(text, DAY)}


def test_a_frontier_post_set_up_at_a_village_is_a_checkpoint():
    assert _layers("Moscow is building a new frontier post near Azatamut, a local paper said.")["Azatamut"] == "checkpoints"


def test_border_guards_stationed_in_and_around_a_village():
    assert _layers("Russian border guards are now stationed in and around Voskepar.")["Voskepar"] == "checkpoints"


def test_guards_stationed_across_provinces_are_no_post():
    layers = _layers("Russian border guards were stationed in the Syunik and Vayots Dzor provinces.")
    assert "checkpoints" not in layers.values()


def test_a_frontier_town_is_no_post():
    assert _layers("The frontier village of Voskepar held its harvest fair on Sunday.").get("Voskepar") != "checkpoints"
