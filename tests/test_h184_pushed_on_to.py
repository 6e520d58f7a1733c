"""An army that "pushed on to" a place went on as far as it (the arrival, as "pushed as far as" is); pushing on towards
a place, into it or on it is still fighting."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 25)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_pushed_on_to_a_village_is_no_fighting():
    assert _layers("Then the troops pushed on to Horadiz and reached the river.")["Horadiz"] == "other"


def test_pushed_on_to_alone_is_no_fighting():
    assert _layers("By nightfall the brigade had pushed on to Horadiz.")["Horadiz"] == "other"


def test_pushed_on_towards_is_still_fighting():
    assert _layers("Then the troops pushed on towards Horadiz.")["Horadiz"] == "shelling"


def test_pushed_into_is_still_fighting():
    assert _layers("At dawn the brigade pushed into Horadiz.")["Horadiz"] == "shelling"
