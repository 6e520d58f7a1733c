"""Layers, round 31: a town named twice, once for a reporter's base and once in a road's name, is on the route; a
way's heading after a waypoint ("through the X district towards A and B") reaches every town of its list; fire
spreading through land near a town is not a way via it; an escort of farmers to their own land is no journey."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import place_layers

layers = partial(place_layers, published=dt.date(2022, 9, 20))


@pytest.mark.parametrize("text, route", [
    ("Our reporter in Ijevan says ambulances carried the injured along the Ijevan–Dilijan highway overnight.",
     "Ijevan;Dilijan"),
    ("Ambulances took the wounded along the Goris–Kapan road to hospitals in Yerevan.", "Goris;Kapan"),
])
def test_both_towns_naming_the_road_are_on_the_route(gazetteer, text, route):
    assert layers(text, gazetteer).get(route) == "corridors", layers(text, gazetteer)


@pytest.mark.parametrize("text, route", [
    ("From Goris the road wound past Kornidzor and then descended through the Lachin district towards Shusha and "
     "Stepanakert.", "Goris;Kornidzor;Lachin District;Shusha;Stepanakert"),
    ("From Goris the road wound past Kornidzor and then descended through the Lachin district towards Stepanakert.",
     "Goris;Kornidzor;Lachin District;Stepanakert"),
])
def test_a_heading_after_a_waypoint_reaches_every_listed_town(gazetteer, text, route):
    assert layers(text, gazetteer).get(route) == "corridors", layers(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    ("Flames spread through woodland near Berd.", "Berd"),
    ("Fire spread through the forest near Ijevan on Tuesday.", "Ijevan"),
    ("Peacekeepers escorted farmers to their fields near Khramort.", "Khramort"),
    ("Soldiers escorted villagers to their orchards near Taghavard.", "Taghavard"),
])
def test_no_way_through_or_to_a_place_that_only_locates_land(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) == "other", layers(text, gazetteer)


def test_an_escort_on_its_way_is_still_a_route(gazetteer):
    found = layers("Russian peacekeepers escorted the convoy from Goris to Stepanakert.", gazetteer)
    assert "corridors" in found.values(), found


def test_aid_through_a_town_is_still_a_waypoint(gazetteer):
    found = layers("Aid lorries reached Stepanakert through Aghdam.", gazetteer)
    assert found, found
    assert all(layer == "corridors" for layer in found.values()), found
