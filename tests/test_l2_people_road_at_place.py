"""A road that people (residents, protesters) blocked, closed or shut at or in a place named bare after it, where it
runs through the place ("the road at X", "the road in Y"), is that road's blockade there: `corridors`, as the road
through the blockers' own village is. A road blocked near a place, a turn-off, an entrance or barricades told on it
stay a blocking point (`checkpoints`), and fire keeps its own reading."""

from functools import partial

from tests.helpers import waypoint_layers

layers = partial(waypoint_layers, published="2024-05-20")


def test_protesters_blocking_the_road_at_a_village(gazetteer):
    got = layers("Late on Monday protesters blocked the road at Berdavan, and lorries queued for hours.", gazetteer)
    assert got.get("Berdavan") == "corridors"


def test_demonstrators_closing_the_highway_at_a_town(gazetteer):
    got = layers("On Wednesday demonstrators closed the highway at Noyemberyan for most of the afternoon.", gazetteer)
    assert got.get("Noyemberyan") == "corridors"


def test_villagers_shutting_the_road_in_their_village(gazetteer):
    got = layers("The next morning villagers shut the road in Berdavan again, a local site wrote.", gazetteer)
    assert got.get("Berdavan") == "corridors"


def test_the_road_blocked_near_a_town_stays_a_blocking_point(gazetteer):
    got = layers("On Monday protesters blocked the road near Noyemberyan for three hours.", gazetteer)
    assert got.get("Noyemberyan") == "checkpoints"


def test_a_turn_off_named_stays_a_blocking_point(gazetteer):
    got = layers("Protesters blocked the highway at the Berdavan turn-off on Monday.", gazetteer)
    assert got.get("Berdavan") != "corridors"


def test_barricades_at_a_town_stay_a_blocking_point(gazetteer):
    got = layers("Residents blocked the road at Noyemberyan with lorries and buses on Monday.", gazetteer)
    assert got.get("Noyemberyan") == "checkpoints"


def test_a_month_after_the_preposition_is_no_place(gazetteer):
    got = layers("Protesters blocked the road to Sisian in March, demanding to see the governor.", gazetteer)
    assert got.get("Sisian") == "checkpoints"


def test_fire_at_the_village_is_still_fire(gazetteer):
    got = layers("Shells hit Berdavan overnight, and in the morning residents blocked the road at Noyemberyan.",
                 gazetteer)
    assert got.get("Berdavan") == "shelling"
    assert got.get("Noyemberyan") == "corridors"
