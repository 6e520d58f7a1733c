"""A label's line telling where its goods grew, the goods understood ("Grown in our orchard in X, picked in
October"), names no event; fire or war told in it keeps the town, and people picked up there are no goods."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2021, 11, 2))


def _places(text, gazetteer):
    return {name for joined, _ in _rows(text, gazetteer) for name in joined.split(";")}


def test_a_labels_grown_line_is_no_event(gazetteer):
    assert "Sisian" not in _places("Grown in our orchard in Sisian, picked in October, dried in the sun.", gazetteer)
    assert "Dilijan" not in _places("Picked on the slopes above Dilijan in September.", gazetteer)


def test_fire_told_keeps_the_town(gazetteer):
    assert "Goris" in _places("Grown in Goris orchards, burned by shelling in October.", gazetteer)


def test_people_picked_up_are_no_goods(gazetteer):
    assert "Sisian" in _places("Villagers were picked up in Sisian by buses.", gazetteer)
