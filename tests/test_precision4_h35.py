"""Precision of heldout35's kinds, from new sentences: the towns that name a road only say which road it was when
another place in the sentence says where on it a crash happened ("collided near C on the A–B highway"); a road's name
quoted from the signs is no event; people named by their home whose relative clause says where they stay now
("families from A who are still in hotels") are who they are, not news at A."""

import pytest

from tests.helpers import place_layer_pairs, waypoint_layers

PUBLISHED = "2026-03-03"


@pytest.mark.parametrize("text, point, ends", [
    ("Two cars collided near Ashtarak on the Yerevan–Gyumri highway on Monday evening.", "Ashtarak",
     {"Yerevan", "Gyumri"}),
    ("A local site recalled the collision of a bus and a van near the Ashtarak bridge on the Yerevan–Gyumri road, "
     "in which three people were hurt.", "Ashtarak", {"Yerevan", "Gyumri"}),
    ("A truck and a tractor collided outside Sevan on the Yerevan–Dilijan road.", "Sevan", {"Yerevan", "Dilijan"}),
    ("The outlet recalled the collision of two lorries near the Ashtarak bridge on the Yerevan–Gyumri M-1 highway, "
     "in which one driver died.", "Ashtarak", {"Yerevan", "Gyumri"}),
])
def test_road_towns_only_name_the_road_of_a_crash_at_a_point(text, point, ends, gazetteer):
    layers = waypoint_layers(text, gazetteer, PUBLISHED)
    assert layers.get(point) == "other"
    assert not ends & set(layers)


def test_numbered_road_named_by_its_towns_is_a_route(gazetteer):
    """(A guard: a road number between the towns and the road noun still names the road.)"""
    layers = waypoint_layers("Traffic on the Yerevan–Gyumri M-1 highway was restored on Friday.", gazetteer,
                             PUBLISHED)
    assert layers.get("Yerevan") == layers.get("Gyumri") == "corridors"


@pytest.mark.parametrize("text, names", [
    ("From there the ride follows the M-4, the highway that the signs call Yerevan–Sevan–Dilijan–Ijevan, which runs "
     "on to the Georgian border.", {"Sevan", "Dilijan", "Ijevan"}),
    ("The M-6, which drivers know as the Vanadzor–Alaverdi road, climbs through the gorge.", {"Vanadzor", "Alaverdi"}),
])
def test_road_named_from_the_signs_is_no_event(text, names, gazetteer):
    assert not names & set(waypoint_layers(text, gazetteer, PUBLISHED))


@pytest.mark.parametrize("text, home", [
    ("I still meet families from Hadrut who are living in hotels, two years on.", "Hadrut"),
    ("The mayor said people from Askeran who remain in rented flats would get vouchers.", "Askeran"),
])
def test_people_from_a_home_staying_in_temporary_housing_are_who_they_are(text, home, gazetteer):
    """Where the displaced stay now is what the relative clause tells; their home is who they are."""
    assert home not in {place for place, _ in place_layer_pairs(text, gazetteer, PUBLISHED)}


def test_people_from_a_home_fleeing_it_stay_news_there(gazetteer):
    text = "Families from Hadrut who fled the shelling on Monday are in hotels now."
    assert "Hadrut" in {place for place, _ in place_layer_pairs(text, gazetteer, PUBLISHED)}
