"""Outposts "manned" at named places, and a border service's post that "began its duty" at a place, are the line
manned there: checkpoints (as outposts where soldiers take up duty are)."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2020, 11, 2)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, _DAY)}


def test_outposts_at_places_manned_are_checkpoints():
    layers = _layers("The ministry said that two new outposts, at Soltanli and at Khalafli, were also manned now.")
    assert layers["Soltanli"] == "checkpoints"


def test_outposts_began_their_duty_are_checkpoints():
    layers = _layers("The ministry said the outposts at Soltanli began their duty this morning.")
    assert layers["Soltanli"] == "checkpoints"


def test_border_service_post_began_its_duty_at_a_place():
    layers = _layers("On Sunday a post of the State Border Service began its duty at Soltanli, the ministry said.")
    assert layers["Soltanli"] == "checkpoints"


def test_outposts_fired_on_are_not_manned():
    layers = _layers("The ministry said that two outposts, at Soltanli and at Khalafli, were fired on overnight.")
    assert layers["Soltanli"] != "checkpoints"


def test_border_service_post_shelled_is_no_duty():
    layers = _layers("On Sunday a post of the State Border Service near Soltanli was shelled, the ministry said.")
    assert layers["Soltanli"] == "shelling"


def test_a_manned_gun_is_no_outpost():
    layers = _layers("Soldiers manned the guns at Soltanli all night, the ministry said.")
    assert layers.get("Soltanli") != "checkpoints"
