"""Layers of troops entering a village after a barrage, of fighting said to be heaviest around towns since a day, of
rounds counted and then some of them said to be aimed at a village, and of a post in a district removed."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2020, 10, 12))


def test_troops_entering_a_village_after_a_barrage_is_the_assault(gazetteer):
    text = ("Armenian units entered Taghavard shortly after midnight, after hours of artillery fire, and held its "
            "eastern edge until morning.")
    assert layers(text, gazetteer).get("Taghavard") == "shelling"


def test_fighting_heaviest_around_towns_since_a_day_is_fighting_there(gazetteer):
    text = ("Since Tuesday the fighting has been fiercest in the west, around Fuzuli, and in the north, around "
            "Tovuz, officials say.")
    found = layers(text, gazetteer)
    assert found.get("Fuzuli") == "shelling"
    assert found.get("Tovuz") == "shelling"


def test_some_of_the_rounds_counted_aimed_at_a_village_is_fire_there(gazetteer):
    text = ("Around thirty rockets were launched at the army's positions overnight, and the ministry said several "
            "of them were directed at the village of Karmir Shuka.")
    assert layers(text, gazetteer).get("Karmir Shuka") == "shelling"


def test_a_post_in_a_district_removed_is_a_checkpoint(gazetteer):
    text = "A second post in the Lachin district has also been removed, the peacekeepers' command said."
    assert layers(text, gazetteer).get("Lachin District") == "checkpoints"
