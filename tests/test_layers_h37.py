"""Layers of heldout37's kinds, from new sentences: firing told as a noun that lasted or came from positions near
villages is fire there; a road tunnel told by its place is a route; a border station is a checkpoint; a bridge at a
place is a route."""

import pytest

from tests.helpers import place_layer_pairs


@pytest.mark.parametrize("text, place", [
    ("The ministry said the firing lasted two hours and came from positions of the Armenian army near Sotk and "
     "Norabak.", "Sotk"),
    ("The firing came from Armenian units stationed near Sotk, the ministry said.", "Sotk"),
    ("Firing went on for an hour near Sotk, the ministry said.", "Sotk"),
])
def test_firing_that_lasted_or_came_from_a_place_is_shelling(text, place, gazetteer):
    assert (place, "shelling") in place_layer_pairs(text, gazetteer)


@pytest.mark.parametrize("text, place, layer", [
    ("The president opened two tunnels near Dashalti in June.", "Dashalti", "corridors"),
    ("Engineers finished the twin tunnels close to Kalbajar last month.", "Kalbajar", "corridors"),
    ("Crews are still lining a tunnel outside Lachin, the agency said.", "Lachin", "corridors"),
])
def test_a_road_tunnel_told_by_its_place_is_a_route(text, place, layer, gazetteer):
    assert (place, layer) in place_layer_pairs(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    ("Once the border stations at Astara are enlarged, traffic would double, he said.", "Astara"),
    ("The governor said the border station at Astara would be rebuilt next year.", "Astara"),
])
def test_a_border_station_at_a_town_is_a_checkpoint(text, place, gazetteer):
    assert (place, "checkpoints") in place_layer_pairs(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    ("The minister said the new bridge at Aghband would later be linked to a railway line.", "Aghband"),
    ("The bridge spans the river at Horadiz, the last village before the border.", "Horadiz"),
])
def test_a_bridge_told_by_where_it_spans_the_river_is_a_route(text, place, gazetteer):
    assert (place, "corridors") in place_layer_pairs(text, gazetteer)
