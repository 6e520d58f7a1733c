"""People who walk or flee over the hills or the mountains are on their way, as those who walk through the hills are:
"the survivors walked over the hills from X to Y" is a route at both ends (older sets file walks from a town to a town
as corridors). A drone over the hills is no journey, and a bridge walked over is no mountain way."""

from tests.helpers import place_layer_pairs, waypoint_layers


def test_a_walk_over_the_hills_from_town_to_town_is_a_route(gazetteer):
    layers = waypoint_layers("The survivors walked over the hills from Shusha to Lachin.", gazetteer, "2014-02-15")
    assert layers == {"Shusha": "corridors", "Lachin": "corridors"}


def test_a_flight_over_the_mountains_is_a_route(gazetteer):
    layers = waypoint_layers("The villagers fled over the mountains to Lachin.", gazetteer, "2014-02-15")
    assert layers == {"Lachin": "corridors"}


def test_a_drone_over_the_hills_is_no_journey(gazetteer):
    pairs = place_layer_pairs("A drone flew over the hills near Lachin.", gazetteer, "2014-02-15")
    assert ("Lachin", "corridors") not in pairs


def test_a_bridge_walked_over_is_no_mountain_way(gazetteer):
    pairs = place_layer_pairs("The villagers walked over the bridge in Lachin.", gazetteer, "2014-02-15")
    assert ("Lachin", "corridors") not in pairs
