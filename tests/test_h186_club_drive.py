"""A club's members driven to a gathering in a town ("to drive the juniors to the match in X") is the club's own
run, as "the juniors' trip to the tournament in X": the town only locates."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2022, 6, 1)


def _places(text):
    return {e["place"] for e in extract_text(text, _DAY)}


def test_driving_the_juniors_to_a_tournament_only_locates():
    text = ("We need a parent to drive the juniors to the tournament in Gazakh next month. "
            "The ministry said shells hit houses in Alibeyli on Monday.")
    assert "Gazakh" not in _places(text)


def test_troops_driven_to_a_town_are_still_news():
    text = "The ministry said lorries took the soldiers to the front near Tovuz on Sunday."
    assert "Tovuz" in _places(text)
