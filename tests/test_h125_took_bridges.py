"""Troops that took a named bridge, pass or height took it, whatever else the same verb names beside it ("the
soldiers took the railway station and the X bridges"): a capture, not news of the railway; troops or travellers
who took the road named after a bridge went that way."""

from tests.helpers import place_layers


def test_soldiers_took_a_station_and_named_bridges_is_a_capture(gazetteer):
    text = "By nightfall the soldiers took the railway station and the Khudafarin bridges, the army said."
    assert place_layers(text, gazetteer, "2020-10-19")["Khudafarin Bridges"] == "other"


def test_soldiers_took_the_road_named_after_a_bridge_is_a_route(gazetteer):
    text = "By nightfall the soldiers took the Khudafarin bridge road towards the border."
    assert place_layers(text, gazetteer, "2020-10-19")["Khudafarin Bridges"] == "corridors"
