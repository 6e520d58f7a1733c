"""Troops spread along a frontier to stop people crossing it hold the line there (checkpoints), as troops deployed
along a border to do so already did; and soldiers who came into a village and "broke the fighting up" stand between
the two sides there, as those who "broke up the fighting" do."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1991-03-12")


def test_units_fanned_out_along_the_frontier_to_stop_crossings_hold_it(gazetteer):
    text = ("Baku radio said on Monday that army units had fanned out along the frontier south of Horadiz to stop "
            "anyone crossing the river.")
    assert layers(text, gazetteer).get("Horadiz") == "checkpoints"


def test_troops_spread_out_along_the_border_to_block_crossings_hold_it(gazetteer):
    text = "Interior troops spread out along the border near Sadarak, to block villagers from crossing, officials said."
    assert layers(text, gazetteer).get("Sadarak") == "checkpoints"


def test_units_spread_along_the_border_for_a_drill_hold_nothing(gazetteer):
    text = "Army units spread out along the border near Horadiz for a two-day drill, officials said."
    assert layers(text, gazetteer).get("Horadiz") != "checkpoints"


def test_soldiers_who_broke_the_fighting_up_stand_between_the_sides(gazetteer):
    text = "Three days later some three hundred soldiers drove into Movses and broke the fighting up."
    assert layers(text, gazetteer).get("Movses") == "checkpoints"


def test_soldiers_who_only_drove_in_stop_no_fighting(gazetteer):
    text = "Three days later some three hundred soldiers drove into Movses and the fighting went on."
    assert layers(text, gazetteer).get("Movses") != "checkpoints"
