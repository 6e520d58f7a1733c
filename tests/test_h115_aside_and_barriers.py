"""Two readings of a sentence's parts.

An aside giving the name a side uses (", as Baku calls X,", ", as the Azerbaijanis call it,") is no new clause: a
place listed after it still takes the cue before it. Barriers that moving traffic passes ("traffic was flowing again
on the A-B road, past concrete blocks") leave the road running: the road's news, not a post; barriers put up on a
road with no traffic told moving stay a post."""

from functools import partial

from tests.helpers import place_layers, waypoint_layers

layers = partial(place_layers, published="2022-09-14")
waypoints = partial(waypoint_layers, published="2022-09-14")


def test_place_after_a_name_aside_takes_the_fire(gazetteer):
    text = "The statement said mortar fire came from the direction of Ijevan, as Baku calls it, and of Berd."
    found = layers(text, gazetteer)
    assert found.get("Ijevan") == "shelling"
    assert found.get("Berd") == "shelling"


def test_clause_opened_by_as_still_breaks(gazetteer):
    # a new clause with its own subject after "as": the fire is not at the place after it
    text = "Mortar fire hit Ijevan overnight as rescuers worked to clear the road, and families in Berd watched."
    assert layers(text, gazetteer).get("Berd") != "shelling"


def test_traffic_passing_blocks_is_the_road(gazetteer):
    text = ("On Monday the governor said cars were moving again on the Ijevan-Dilijan road, past heavy concrete "
            "blocks laid to slow them.")
    found = waypoints(text, gazetteer)
    assert found.get("Dilijan") == "corridors"
    assert "checkpoints" not in found.values()


def test_blocks_put_on_a_road_stay_a_post(gazetteer):
    text = "Soldiers placed concrete blocks on the road near Berd on Monday."
    assert layers(text, gazetteer).get("Berd") == "checkpoints"
