"""Deadly violence told without a weapon and placed by "in" ("the riots in X: 20 people killed", "the toll in X at
nine dead") is filed as shelling, the layer of attacks on people, as the older sets file killings; riots with no one
killed are not."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1990-01-20")


def test_riots_with_dead_are_shelling(gazetteer):
    text = "Radio Baku gave its first figure for the riots in Ganja: 12 people killed, most of them young men."
    assert layers(text, gazetteer).get("Ganja") == "shelling"


def test_toll_in_place_is_shelling(gazetteer):
    text = "A human rights group put the toll in Ganja at nine dead and many wounded well before any official count."
    assert layers(text, gazetteer).get("Ganja") == "shelling"


def test_violent_acts_and_killed_are_shelling(gazetteer):
    text = "The agency said that hooligans had carried out violent acts and looting in Ganja and had killed eight people."
    assert layers(text, gazetteer).get("Ganja") == "shelling"


def test_riots_without_dead_are_not_shelling(gazetteer):
    text = "The riots in Ganja ended on Sunday, the agency said, and the shops opened again."
    assert layers(text, gazetteer).get("Ganja") != "shelling"


def test_dead_counted_at_another_place_are_not_the_riots(gazetteer):
    text = "After the riots in Ganja the unrest spread to Shamkir, where two people were killed."
    assert layers(text, gazetteer).get("Ganja") != "shelling"


def test_people_counted_dead_in_place_are_shelling(gazetteer):
    text = "A refugee group told foreign reporters that 14 people had died in Ganja over the weekend."
    assert layers(text, gazetteer).get("Ganja") == "shelling"


def test_one_death_of_illness_is_not_shelling(gazetteer):
    text = "Two pensioners died in Ganja last winter of heart illness, their neighbours said."
    assert layers(text, gazetteer).get("Ganja") != "shelling"
