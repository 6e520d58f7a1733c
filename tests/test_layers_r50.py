"""Layers: an advance tried from a position ("tried to advance from the bridge") is fighting there, even where the
place carries a border post; one tried near a place stays a movement."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2023-06-15")


def test_an_advance_tried_from_a_bridge_is_fighting(gazetteer):
    text = ("Early today soldiers of the other side tried to advance onto Armenian land from the Hakari bridge to put "
            "up a flag, the border guards said.")
    assert layers(text, gazetteer)["Hakari Bridge"] == "shelling"


def test_an_advance_tried_with_the_time_between_is_fighting(gazetteer):
    text = "A squad tried at about 07:15 on Monday to push forward from the Hakari bridge and was stopped."
    assert layers(text, gazetteer)["Hakari Bridge"] == "shelling"


def test_an_advance_tried_near_a_town_is_left_alone(gazetteer):
    text = "On Monday Azerbaijani units tried to move forward near Tegh and were stopped, the ministry said."
    assert layers(text, gazetteer)["Tegh"] == "other"


def test_lorries_told_by_the_run_they_make_are_a_corridor(gazetteer):
    text = "The aid lorries that come to Goris every morning did not turn up today, a driver said."
    assert layers(text, gazetteer)["Goris"] == "corridors"


def test_soldiers_that_came_to_a_town_are_no_corridor(gazetteer):
    text = "The soldiers that came to Goris on leave were tired, a driver said."
    assert layers(text, gazetteer)["Goris"] != "corridors"
