"""Wordings read in the set heldout204: a base or a unit said in an aside to be stationed in a town ("the base, which
is stationed in X,") is described by its home, as "which is based in X" is: the event is where the unit acted."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2020-07-22")


def test_base_stationed_in_aside_only_locates(gazetteer):
    text = "Troops of the Russian base, which is stationed in Gyumri, held a night exercise near the village of Panik."
    found = layers(text, gazetteer)
    assert "Gyumri" not in found
    assert "Panik" in found


def test_regiment_stationed_in_aside_only_locates(gazetteer):
    text = "The regiment, which was stationed in Vanadzor, took part in the drills at Alagyaz on Monday."
    found = layers(text, gazetteer)
    assert "Vanadzor" not in found
    assert "Alagyaz" in found


def test_units_stationed_told_of_the_town_stay(gazetteer):
    text = "Russian units stationed in Gyumri were put on alert on Friday."
    assert "Gyumri" in layers(text, gazetteer)
