"""A road that people (residents, protesters, not troops) blocked, told by the towns it runs from and to or by the
blockers' own villages, with no point on it named, is that road's blockade: `corridors` at its places. A point named
on it ("near X", "at the X turn-off", by the entrance or a post), a road told by one end only, or barricades of
lorries stay a blocking point (`checkpoints`), and fire or troops keep their own readings."""

from functools import partial

from tests.helpers import waypoint_layers

layers = partial(waypoint_layers, published="2024-05-20")


def test_residents_blocking_the_road_from_one_town_to_another(gazetteer):
    got = layers("On Tuesday farmers from the valley blocked the road from Goris to Kapan in protest at the new "
                 "tariffs, a regional paper wrote.", gazetteer)
    assert got.get("Goris") == "corridors"
    assert got.get("Kapan") == "corridors"


def test_the_people_of_two_villages_who_blocked_the_road(gazetteer):
    got = layers("The mayor said the people of Tegh and Kornidzor had blocked the road for the whole afternoon.",
                 gazetteer)
    assert got.get("Tegh") == "corridors"
    assert got.get("Kornidzor") == "corridors"


def test_a_point_named_on_the_road_stays_a_blocking_point(gazetteer):
    got = layers("On Tuesday villagers blocked the road near Tegh for three hours.", gazetteer)
    assert got.get("Tegh") == "checkpoints"


def test_a_turn_off_named_on_the_road_stays_a_blocking_point(gazetteer):
    got = layers("Residents blocked the highway from Goris to Kapan at the Tegh turn-off on Monday.", gazetteer)
    assert got.get("Tegh") == "checkpoints"
    assert "corridors" not in got.values()


def test_roads_barricaded_with_lorries_stay_a_blocking_point(gazetteer):
    got = layers("Supporters of the opposition blocked the road into Ijevan with lorries and buses.", gazetteer)
    assert got.get("Ijevan") == "checkpoints"


def test_a_road_told_by_one_end_stays_as_it_was(gazetteer):
    got = layers("Protesters blocked the road to Sisian, demanding to see the governor.", gazetteer)
    assert got.get("Sisian") == "checkpoints"


def test_troops_blocking_the_road_still_close_it(gazetteer):
    got = layers("Azerbaijani soldiers blocked the road near Tegh overnight.", gazetteer)
    assert got.get("Tegh") == "corridors"


def test_fire_at_a_village_is_still_fire_beside_a_blocked_road(gazetteer):
    got = layers("Shells hit Tegh on Monday, and its residents blocked the road for a day.", gazetteer)
    assert got.get("Tegh") == "shelling"
