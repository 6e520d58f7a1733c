"""Layers of a border attack's reports: a statement's "directions of X and Y" and an axis named by the place set
after it are fighting there; a shelter listed with an army's positions is the target of the fire, not a scene of
civilian life; a count spread "across the three regions" crosses nothing; goods carried back into a shop went along
no route."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2021, 11, 18))


@pytest.mark.parametrize("text, places", [
    ("The ministry's report also listed the directions of Tegh and Kornidzor.", ("Tegh", "Kornidzor")),
    ("Its evening update named the directions of Sisian and Ishkhanasar as well.", ("Sisian", "Ishkhanasar")),
])
def test_directions_of_named_towns_are_fighting_there(gazetteer, text, places):
    found = layers(text, gazetteer)
    assert all(found.get(place) == "shelling" for place in places), found


def test_an_axis_named_by_the_place_after_it_is_fighting_there(gazetteer):
    found = layers("The ministry reported a second direction too, the village of Tegh near the border.", gazetteer)
    assert found.get("Tegh") == "shelling", found


@pytest.mark.parametrize("text, places", [
    ("Baku said Armenian units had fired on its positions, shelters and bunkers in the Tovuz and Gadabay areas "
     "overnight.", ("Tovuz", "Gadabay")),
    ("According to Baku, Armenian units opened fire on its positions, shelters and dugouts in the Aghdam and Fuzuli "
     "districts.", ("Aghdam District", "Fuzuli District")),
])
def test_shelters_listed_with_positions_are_targets_of_the_fire(gazetteer, text, places):
    found = layers(text, gazetteer)
    assert all(found.get(place) == "shelling" for place in places), found


def test_a_count_across_several_regions_is_no_route(gazetteer):
    found = layers("The ombudsman said people had left Tegh, Khnatsakh and other villages of Syunik, about 900 "
                   "across the three provinces.", gazetteer)
    assert found and all(layer != "corridors" for layer in found.values()), found


def test_goods_carried_back_into_a_shop_are_no_route(gazetteer):
    found = layers("In Goris, a baker and his son carried flour back into their shop a month after the shelling.",
                   gazetteer)
    assert found.get("Goris") not in (None, "corridors"), found

