"""Units that moved their positions forward to dig in hold a new line at the place named with them: "the units
opposite X had moved their positions forward and brought up machinery to dig in" is a line held at X (checkpoints),
as "moved their positions forward near X" is. Sides in talks who brought their positions closer hold no line."""

import datetime as dt

from geo.extract import extract_text


def _layers(text, place, published="2021-08-01"):
    return [e["layer"] for e in extract_text(text, dt.date.fromisoformat(published)) if place in e["place"].split(";")]


def test_units_opposite_a_village_moved_forward_to_dig_in():
    text = "The ministry said the enemy units facing Kut had moved their posts forward and begun fortification work.\n"
    assert _layers(text, "Kut") == ["checkpoints"]


def test_units_by_a_village_moved_forward_with_engineering_machinery():
    text = "Units outside Sotk moved their positions closer and brought in engineering machinery, the ministry said.\n"
    assert _layers(text, "Sotk") == ["checkpoints"]


def test_negotiators_bringing_positions_closer_hold_no_line():
    text = "The delegations in Sochi brought their positions closer and agreed on a joint text.\n"
    assert "checkpoints" not in _layers(text, "Sochi")
