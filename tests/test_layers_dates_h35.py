"""Layers of heldout35's kinds, from new sentences. A road crash is an accident (``other``) at the place it
happened, not news of the road whose towns only say which road it was ("collided on the A–B road, inside the town
limits of C"): the road runs as before."""

import pytest

from tests.helpers import place_layer_pairs, waypoint_layers

PUBLISHED = "2026-03-03"


@pytest.mark.parametrize("text, place", [
    ("On Sunday morning a Lada and a delivery van collided on the Kapan–Goris road, inside the town limits of Sisian.",
     "Sisian"),
    ("A bus and a lorry collided on the Kapan–Goris road near Sisian.", "Sisian"),
    ("Two tankers were involved in a collision on the Ijevan–Dilijan highway just outside Dilijan on Monday.",
     "Dilijan"),
])
def test_road_crash_is_an_accident_where_it_happened(text, place, gazetteer):
    pairs = place_layer_pairs(text, gazetteer, PUBLISHED)
    assert (place, "other") in pairs
    assert not any(layer == "corridors" for _, layer in pairs)


@pytest.mark.parametrize("text, crash, service", [
    ("A car and a minibus serving the Goris–Kapan route collided at the entrance to Sisian on Monday.",
     "Sisian", {"Goris", "Kapan"}),
    ("A lorry serving the Ijevan–Vanadzor route collided with a car just outside Dilijan.", "Dilijan",
     {"Ijevan", "Vanadzor"}),
])
def test_crashed_vehicle_service_route_keeps_its_towns(text, crash, service, gazetteer):
    """The towns of the service the crashed vehicle ran stay that route's waypoints; the crash is at its own place."""
    layers = waypoint_layers(text, gazetteer, PUBLISHED)
    assert layers.get(crash) == "other"
    assert all(layers.get(town) == "corridors" for town in service)
