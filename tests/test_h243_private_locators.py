"""Places that only say where something private is: goods someone is to bring "us" from a town, and a client's
cellar or café by the road it stands on ("hoops for the wine cellar on the X road"). The town names no event; the
same towns named as a scene of fire or of traffic stay."""

import pytest

from tests.helpers import place_layers


@pytest.mark.parametrize("text, place", [
    # goods brought for the writer, the pronoun before them
    ("Our supplier was to bring us a crate of walnut boards from Aghjabadi, but he is late again.", "Aghjabadi"),
    ("My uncle brought me three sacks of dried apricots from Goris last week.", "Goris"),
    # a client's cellar or café by its road
    ("Ten barrels for the old wine cellar on the Tartar road are ready.", "Tartar"),
    ("We painted two signs for a roadside cafe on the Goris road.", "Goris"),
])
def test_a_private_locator_is_no_event(gazetteer, text, place):
    assert place not in place_layers(text, gazetteer)


@pytest.mark.parametrize("text, place, layer", [
    # people or the wounded brought from a town: the town's news
    ("The ambulance brought us the wounded from Aghjabadi before dawn.", "Aghjabadi", None),
    # fire at the cellar on the road: a scene
    ("Shells hit the wine cellar on the Tartar road.", "Tartar", "shelling"),
    # traffic on the road itself
    ("Lorries queued for two days on the Goris road.", "Goris", "corridors"),
    # a client in a town hit by fire
    ("A bus bringing pupils to the school on the Tartar road was hit by shelling.", "Tartar", "shelling"),
])
def test_a_scene_on_the_road_or_in_the_town_stays(gazetteer, text, place, layer):
    found = place_layers(text, gazetteer)
    assert place in found
    if layer:
        assert found[place] == layer
