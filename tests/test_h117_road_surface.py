"""A road named by its towns whose only news is its surface (paved, asphalted) is road works, no event at its towns:
the older sets leave such quotes unannotated. A road so named that was closed or opened stays the road's news."""

from functools import partial

from tests.helpers import waypoint_layers

waypoints = partial(waypoint_layers, published="2022-09-01")


def test_link_to_a_named_highway_asphalted_is_no_event(gazetteer):
    text = "The governor said the new 3-kilometre spur to the Kapan-Kajaran highway had been covered in asphalt."
    found = waypoints(text, gazetteer)
    assert "Kapan" not in found and "Kajaran" not in found


def test_named_road_being_paved_is_no_event(gazetteer):
    text = "He also says the Sisian-Goris road is being paved quickly."
    found = waypoints(text, gazetteer)
    assert "Sisian" not in found and "Goris" not in found


def test_named_road_closed_stays_the_road(gazetteer):
    # negative: the road's traffic stopped is its news
    text = "The Sisian-Goris road was closed on Monday after a landslide, the ministry said."
    found = waypoints(text, gazetteer)
    assert found.get("Sisian") == "corridors" and found.get("Goris") == "corridors"
