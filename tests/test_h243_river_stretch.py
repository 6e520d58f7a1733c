"""A river named bare after a stretch or bank of it where fighting is told ("the hardest fighting was on the stretch
near the Araks") is the river, the place of that fighting, not a village that bears its bare name. A stretch with no
fighting told, a river with no stretch word before it, or the bare name with no "the" stay as they were."""

import datetime as dt

import pytest

from geo.extract import extract_text

PUBLISHED = dt.date(2020, 10, 15)


def _places(text):
    return {e["place_name"]: e for e in extract_text(text, PUBLISHED)}


@pytest.mark.parametrize("text", [
    "The spokesman said the heaviest fighting was on the stretch near the Araks.",
    "Clashes went on all night on the section along the Araz.",
    "Both sides suffered losses in an attack on the section by the Aras, he said.",
])
def test_fighting_on_a_rivers_stretch_is_at_the_river(text):
    event = _places(text)["Araz River"]
    assert event["layer"] == "shelling"
    assert event["start_date"] == "2020-10-15"


@pytest.mark.parametrize("text", [
    # a stretch, no fighting told
    "The villages on the stretch near the Araks were quiet.",
    "Farmers grazed sheep on the bank of the Araz.",
    # shots at someone on the bank: an incident filed at its post or village, no front's stretch
    "Shots were fired at a tractor on the bank of the Araz.",
    # fighting near the river with no stretch or bank word: as before
    "Shells fell near the Araks.",
    # villages along the river: where they lie
    "Fighting went on in the villages along the Araks.",
])
def test_no_fight_on_a_stretch_names_no_river(text):
    assert "Araz River" not in _places(text)


def test_the_stretch_keeps_its_teller():
    events = extract_text("Hovhannisyan said the hardest fighting was on the stretch near the Araks.", PUBLISHED)
    (event,) = [e for e in events if e["place_name"] == "Araz River"]
    assert event["claimed_by"] == "Hovhannisyan"
