"""Vehicles or people that came or went over a named bridge crossed it: the bridge is the way they took."""

from tests.helpers import place_layers


def _layer(found):
    return next(layer for place, layer in found.items() if place.startswith("Hakari"))


def test_vehicles_that_came_over_the_bridge(gazetteer):
    found = place_layers("The governor said 2,300 cars had come over the Hakari bridge since dawn.", gazetteer)
    assert _layer(found) == "corridors", found


def test_lorries_that_went_across_the_bridge(gazetteer):
    found = place_layers("On Friday forty lorries went across the Hakari bridge, the police said.", gazetteer)
    assert _layer(found) == "corridors", found


def test_a_lorry_that_went_over_the_bridge_into_the_river_crossed_nothing(gazetteer):
    found = place_layers("On Friday a lorry went over the Hakari bridge and into the river, killing its driver.",
                         gazetteer)
    assert _layer(found) != "corridors", found
