"""Layers: troops on ground above a village who look or see straight down into it, positions that overlook its
fields or stand at its edge, troops said to be holding a height, and soldiers digging trenches or strengthening
positions on ground they took are a line held there (checkpoints), not a capture told again (other). Reports of a
front that has settled after fighting describe it this way; talks or parades held, trenches dug for pipes and a
view that overlooks a lake are no such line."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2016, 5, 10))


def test_soldiers_who_can_see_down_into_a_village_hold_a_line_over_it(gazetteer):
    text = "Their soldiers now stand on the ridge and can see right down into the yards of Seysulan, a farmer said."
    assert layers(text, gazetteer).get("Seysulan") == "checkpoints"


def test_positions_that_overlook_a_village_are_a_line(gazetteer):
    text = "For years the enemy positions near Martakert overlooked the orchards on both sides of the river."
    assert layers(text, gazetteer).get("Martakert") == "checkpoints"


def test_a_hotel_that_overlooks_a_town_is_no_line(gazetteer):
    text = "The new hotel in Goris overlooks the old cave dwellings across the gorge."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_positions_at_the_edge_of_a_village_are_a_line(gazetteer):
    text = "The other side's positions are now just at the edge of Mataghis, residents say."
    assert layers(text, gazetteer).get("Madagiz") == "checkpoints"


def test_troops_holding_a_height_are_a_line(gazetteer):
    text = "Reporters who reached the area confirmed that Azerbaijani troops were holding Seysulan on Friday."
    assert layers(text, gazetteer).get("Seysulan") == "checkpoints"


def test_troops_holding_talks_are_no_line(gazetteer):
    text = "The two forces held talks in Goris on Friday about the exchange of bodies."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_soldiers_digging_trenches_on_ground_taken_hold_a_line(gazetteer):
    text = "The ministry said its soldiers were digging trenches and reinforcing positions around Seysulan."
    assert layers(text, gazetteer).get("Seysulan") == "checkpoints"


def test_trenches_dug_for_a_water_pipe_are_no_line(gazetteer):
    text = "Workers in Goris are digging trenches for a new water pipe along the main street."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_soldiers_fired_on_while_fortifying_positions_were_under_fire(gazetteer):
    text = "The ministry said its sappers were fortifying their positions outside Mataghis when the other side fired on them."
    assert layers(text, gazetteer).get("Madagiz") == "shelling"
