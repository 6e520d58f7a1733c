"""A works numbered after the place it stands at ("the Kalbajar-1 hydropower plant") is news at that place, as the
same plant written without its number is; a weapon's or an aircraft's type with a number is no place."""

from tests.helpers import place_layers


def test_a_numbered_plant_is_at_its_town(gazetteer):
    text = "Engineers said the Lachin-2 hydropower plant had been put into service on Monday."
    assert place_layers(text, gazetteer).get("Lachin") == "other"


def test_the_plant_without_its_number_is_at_its_town_too(gazetteer):
    text = "Engineers said the Lachin hydropower plant had been put into service on Monday."
    assert place_layers(text, gazetteer).get("Lachin") == "other"


def test_an_aircraft_type_is_no_place(gazetteer):
    text = "A Su-25 and an Mi-8 flew over the valley on Monday."
    assert place_layers(text, gazetteer) == {}
