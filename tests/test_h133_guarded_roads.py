"""Guarded roads and limited entry, from heldout133's wordings: access to a town "is still strictly limited" is a
post's, as "was strictly limited" is; police guarding "the branch road" to a town stand at a post on it; a road that
leaves "from the A–B highway" only places where it leaves, so A and B are no places of its news (heldout84 files the
same road so)."""

import datetime as dt

from geo.extract import extract_text


def _rows(text, published="2022-09-21"):
    return extract_text(text, dt.date.fromisoformat(published))


def _layers(text, place):
    return [e["layer"] for e in _rows(text) if place in e["place_name"].split(";")]


def _places(text):
    return {name for e in _rows(text) for name in e["place_name"].split(";")}


def test_access_still_limited_is_a_post():
    assert _layers("Civilian access to Sisian is still strictly limited, the agency reported.", "Sisian") == \
        ["checkpoints"]


def test_access_to_a_thing_in_a_town_still_limited_is_no_post():
    assert _layers("Access to fuel in Sisian is still limited, the agency reported.", "Sisian") != ["checkpoints"]


def test_police_guarding_a_branch_road_stand_at_a_post():
    text = "Police and soldiers guarded the branch road up to Goris, and only people with urgent business got in."
    assert _layers(text, "Goris") == ["checkpoints"]


def test_a_road_leaving_a_highway_named_by_its_towns_leaves_those_towns_out():
    text = ("Police and soldiers guarded the branch road that climbs to Goris from the Sisian–Kapan highway, and "
            "only people with urgent business were let into the town.")
    assert _places(text) == {"Goris"}
    assert _layers(text, "Goris") == ["checkpoints"]


def test_a_road_from_one_town_to_another_is_still_the_route():
    assert _places("Troops closed the road from Sisian to Kapan on Monday.") == {"Sisian", "Kapan"}


def test_a_convoy_coming_off_a_highway_keeps_its_towns():
    # (no road of its own leaves there: the convoy's way is the highway)
    assert {"Sisian", "Kapan"} <= _places("A convoy from the Sisian–Kapan highway reached Goris on Monday.")
