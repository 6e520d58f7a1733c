"""A list of names before "reservoirs" names each one's reservoir, as a list before "districts" names each district:
"the A and B reservoirs" is the A reservoir and the B reservoir, also when B is a village's name too. A village
named beside a reservoir stays the village."""

from tests.helpers import place_layers, waypoint_layers


def test_each_name_of_a_list_before_reservoirs_is_its_reservoir(gazetteer):
    layers = place_layers("Engineers said water from the Madagiz and Sarsang reservoirs had been released into the "
                          "canals.", gazetteer)
    assert "Sugovushan Reservoir" in layers and "Sarsang Reservoir" in layers, layers
    assert "Madagiz" not in layers, layers


def test_a_village_beside_a_reservoir_stays_the_village(gazetteer):
    layers = place_layers("Mortar rounds landed in Madagiz and near the Sarsang reservoir.", gazetteer)
    assert layers.get("Madagiz") == "shelling" and "Sarsang Reservoir" in layers, layers


def test_the_front_around_a_list_of_reservoirs_stays_at_the_village(gazetteer):
    layers = place_layers("Fighting raged on the front around the Sarsang and Madagiz reservoirs all week.", gazetteer)
    assert "Madagiz" in layers and "Sugovushan Reservoir" not in layers, layers


def test_a_reservoir_named_by_its_town_is_not_the_dam_beside_it(gazetteer):
    """A reservoir's water told of is the reservoir, never the power plant at its dam."""
    found = waypoint_layers("Water levels at the Mingachevir reservoir fell to a record low.", gazetteer)
    assert found == {"Mingachevir Reservoir": "other"}
