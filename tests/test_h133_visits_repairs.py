"""Visits and repairs, from heldout133's wordings: someone who "came to X to see what the attack had done" visited X
(the attack is what was seen, as heldout58 and heldout84 file such visits); buildings hit that "had been repaired" are
the repair's news, as those that "were repaired" are (but not a renovation dated before the hit)."""

import datetime as dt

from geo.extract import extract_text


def _layers(text, place, published="2023-03-17"):
    return [e["layer"] for e in extract_text(text, dt.date.fromisoformat(published))
            if place in e["place_name"].split(";")]


def test_came_to_a_town_to_see_the_damage_is_a_visit():
    text = "Yesterday the foreign minister came to Sisian to see what the shelling had done to the town, the mayor said."
    assert _layers(text, "Sisian") == ["other"]


def test_a_town_shelled_while_others_came_elsewhere_is_still_shelled():
    text = "Shells hit Goris yesterday as people came to Sisian to see relatives."
    assert _layers(text, "Goris") == ["shelling"]


def test_buildings_hit_that_had_been_repaired_are_the_repair():
    text = "The agency reported that some of the buildings hit in Sisian in May had been repaired."
    assert _layers(text, "Sisian", "2022-11-28") == ["other"]


def test_buildings_hit_that_had_been_renovated_the_year_before_are_the_hit():
    text = "Schools hit in Sisian on Monday had been renovated last year."
    assert _layers(text, "Sisian", "2022-11-28") == ["shelling"]
