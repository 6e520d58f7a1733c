"""Goods that came or arrived from a supplier named by its trade in a town ("the wool has arrived from the spinner in
X") only say where the supplier works: the town is no event (older sets: 0 of 4 such towns annotated). People who
arrived from a place, or a shell that hit the supplier, keep it."""

from functools import partial

import pytest

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-04-22")


@pytest.mark.parametrize("text", [
    "The spring batch of wool has arrived from the spinner in Sisian, and it is softer than last year's.",
    "The granite for the steps has to come from the quarry in Goris, so allow three weeks.",
])
def test_a_suppliers_town_is_no_event(text, gazetteer):
    assert layers(text, gazetteer) == {}


def test_people_who_arrived_keep_the_town(gazetteer):
    assert "Goris" in layers("Forty families arrived from the camp in Goris on Monday.", gazetteer)


def test_a_strong_cue_keeps_the_suppliers_town(gazetteer):
    text = "The wool arrived late from the spinner in Sisian after a shell hit his workshop."
    assert "Sisian" in layers(text, gazetteer)
