"""Layers of peacekeepers reaching villages, troops entering villages as fighting flares, a break into a town
tried, a worker badly hurt, and a town visited that also names roads whose work the visitor only saw."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2021, 6, 14))


def test_peacekeepers_who_reached_villages_are_deployed_there(gazetteer):
    text = "Russian peacekeepers reached Taghavard and Karmir Shuka on Sunday evening, the local head told reporters."
    found = layers(text, gazetteer)
    assert found.get("Taghavard") == "checkpoints"
    assert found.get("Karmir Shuka") == "checkpoints"


def test_troops_entering_villages_when_fighting_flared_is_fighting_there(gazetteer):
    text = ("Clashes broke out again on 3 May, when Azerbaijani troops entered Taghavard, the last village of the "
            "area still held by Armenian forces.")
    assert layers(text, gazetteer).get("Taghavard") == "shelling"


def test_a_break_into_a_town_tried_is_an_assault(gazetteer):
    text = "The ministry said the enemy was trying to break into Martuni and that the defenders held their ground."
    assert layers(text, gazetteer).get("Khojavend") == "shelling"      # Martuni, by its other name


def test_a_worker_badly_hurt_near_a_town_is_fire_there(gazetteer):
    text = "On 4 May a soldier was killed and a power engineer badly hurt near Tovuz, the ministry said."
    assert layers(text, gazetteer).get("Tovuz") == "shelling"


def test_a_town_visited_and_naming_roads_whose_work_was_inspected_is_the_visit(gazetteer):
    text = ("The president visited Lachin and Kalbajar, opened a school, and inspected work on the Lachin-Kalbajar "
            "and Kalbajar-Istisu roads.")
    found = layers(text, gazetteer)
    assert found.get("Lachin") == "other"
    assert found.get("Kalbajar") == "other"


def test_a_town_where_a_stone_was_laid_and_roads_were_shown_is_no_route(gazetteer):
    text = ("He laid the foundation stone of a school in Kalbajar and was shown work on three roads: "
            "Kalbajar-Lachin, Kalbajar-Istisu and Vardenis-Kalbajar.")
    assert layers(text, gazetteer).get("Kalbajar") == "other"
