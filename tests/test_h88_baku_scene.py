"""A capital is the scene of what the sentence tells there: a city "stormed" by troops, a square by "the capital's
railway station", crowds in "the capital's upper city"; but the capital's own policy or parliament ("Tbilisi's
railway policy", "Tbilisi's upper house") stays the government's. A port town's bay or harbour ("Poti Bay") is the town."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1991-05-10")


def test_a_capital_stormed_is_the_scene(gazetteer):
    assert "Tbilisi" in layers("Interior ministry troops stormed Tbilisi before dawn on Tuesday.", gazetteer)


def test_the_capitals_railway_station_is_the_scene(gazetteer):
    text = "Witnesses saw two men beaten on the square outside Yerevan's railway station on Sunday."
    assert "Yerevan" in layers(text, gazetteer)


def test_the_capitals_old_town_is_the_scene(gazetteer):
    text = "Police fired on marchers in Tbilisi's old town late on Friday."
    assert "Tbilisi" in layers(text, gazetteer)


def test_the_capitals_railway_policy_is_no_scene(gazetteer):
    assert "Tbilisi" not in layers("Tbilisi's railway policy has not changed since the spring.", gazetteer)


def test_the_capitals_upper_house_is_no_scene(gazetteer):
    assert "Tbilisi" not in layers("The minister said Tbilisi's upper house would vote on the treaty.", gazetteer)


def test_a_port_towns_bay_is_the_town(gazetteer):
    text = "On Thursday night navy ships broke the blockade of Poti Bay with gunfire."
    assert "Poti" in layers(text, gazetteer)


def test_a_port_towns_harbour_is_the_town(gazetteer):
    assert "Poti" in layers("Two tankers were burning in Poti harbour after the strike.", gazetteer)
