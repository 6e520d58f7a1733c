"""Severed from a utility is no cut-off way: "the shelling severed X from its water supply" keeps the shelling; severed
from the rest of the land still cuts off."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1993-08-20")


def test_severed_from_water_supply_is_not_cut_off(gazetteer):
    assert layers("The shelling severed Shusha from its water supply.", gazetteer).get("Shusha") == "shelling"


def test_severed_from_the_land_still_cut_off(gazetteer):
    text = "The Armenian advance severed the Kelbajar district from the rest of Azerbaijan."
    assert layers(text, gazetteer).get("Kalbajar District") == "corridors"


def test_visit_for_talks_then_shelling_elsewhere(gazetteer):
    got = layers("Armenian troops arrived in Agdam for talks with the garrison and then shelled Barda.", gazetteer)
    assert got.get("Aghdam") == "other" and got.get("Barda") == "shelling"


def test_tents_for_refugees_are_no_post(gazetteer):
    assert layers("Troops set up tents for refugees near Barda.", gazetteer).get("Barda") != "checkpoints"
