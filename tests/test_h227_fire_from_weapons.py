"""Fire as a noun told by the weapons it came from ("fire from weapons of various calibres", "fire from automatic
weapons") is gunfire (`shelling`), even when its place is only "there"; a blaze from a weapons depot or a stove is
no gunfire."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-03-26")


def test_fire_from_weapons_continuing_there(gazetteer):
    text = ("By the council's account the peacekeepers had only stopped the advance at Khramort, and fire from "
            "weapons of several calibres went on there through the night.")
    assert layers(text, gazetteer).get("Khramort") == "shelling"


def test_fire_from_automatic_weapons(gazetteer):
    text = "Fire from automatic weapons reached the edge of Taghavard on Sunday, the local council said."
    assert layers(text, gazetteer).get("Taghavard") == "shelling"


def test_fire_from_a_weapons_depot_is_no_gunfire(gazetteer):
    text = "A fire from the weapons depot spread to the outskirts of Taghavard on Sunday, the local council said."
    assert layers(text, gazetteer).get("Taghavard") != "shelling"


def test_fire_from_a_stove_is_no_gunfire(gazetteer):
    text = "A fire from a stove broke out in a house in Taghavard on Sunday, the local council said."
    assert layers(text, gazetteer).get("Taghavard") != "shelling"
