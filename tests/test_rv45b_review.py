"""Wordings that the rules on guards turning people back, posts on a village's land, the diplomatic missions in a
capital, visitors shown the damage, reservoirs named in a list and fire from weapons must read right: the ones they
should catch worded otherwise, and the near ones they must leave alone."""

from functools import partial

from tests.helpers import place_layers, rows

layers = partial(place_layers, published="2022-06-10")


def _names(text, gazetteer):
    return {r["place_name"] for r in rows(text, gazetteer, "2022-06-10")}


# --- guards turning people back

def test_soldiers_turning_their_back_on_a_village_are_no_post(gazetteer):
    text = "Soldiers turning their back on the ruins of Talish left the village on Monday."
    assert layers(text, gazetteer).get("Talish") != "checkpoints"


def test_soldiers_turning_back_ambulances_at_a_bridge_post(gazetteer):
    text = "Azerbaijani soldiers kept turning back the ambulances at the Hakari bridge post."
    assert layers(text, gazetteer).get("Hakari Bridge") == "checkpoints"
