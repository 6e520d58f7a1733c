"""Passage at a border post stopped, suspended or resumed ("traffic through the X checkpoint was suspended",
"stopped the vans from crossing the X checkpoint") is the post's news (`checkpoints`); a bridge closed, passage
through a corridor stopped and traffic only restricted stay the route."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2023-07-20")


def test_traffic_through_the_checkpoint_suspended(gazetteer):
    text = "Traffic through the Lachin checkpoint was suspended again on Monday, the border service said."
    assert layers(text, gazetteer).get("Hakari Bridge") == "checkpoints"


def test_vans_stopped_from_crossing_the_checkpoint(gazetteer):
    text = "On Friday the guards stopped two aid vans from crossing the Lachin border checkpoint for several hours."
    assert layers(text, gazetteer).get("Hakari Bridge") == "checkpoints"


def test_passage_through_the_post_resumed(gazetteer):
    text = "The passage of relief lorries through the Lachin checkpoint resumed on 3 July after a week's pause."
    assert layers(text, gazetteer).get("Hakari Bridge") == "checkpoints"


def test_bridge_closed_stays_the_route(gazetteer):
    text = "On Sunday the border guards closed the Hakari bridge to all traffic."
    assert layers(text, gazetteer).get("Hakari Bridge") == "corridors"


def test_traffic_restricted_through_a_gate_stays_the_route(gazetteer):
    text = "On Sunday Turkey restricted traffic through the Dilucu gate because of the epidemic."
    assert layers(text, gazetteer).get("Dilucu border gate") == "corridors"
