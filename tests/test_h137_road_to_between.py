"""A road told by where it leads and then by the two places it runs between ("blocked the old road to Stepanakert
between A and B") is that road blocked between them, as "blocked the road between A and B" is: the road's news at
both places (the older sets file troops blocking a road as corridors, 10 of 10). A post named on it stays a point."""

from functools import partial

import pytest

from tests.helpers import waypoint_layers

layers = partial(waypoint_layers, published="2023-03-31")


@pytest.mark.parametrize("text", [
    "On Thursday soldiers blocked the old road to Stepanakert between Aghavno and Tegh, residents said.",
    "Troops have blocked the highway from Goris between Kornidzor and Tegh since the morning.",
])
def test_road_told_by_where_it_leads_between_two_places(text, gazetteer):
    found = layers(text, gazetteer)
    named = [p for p in ("Aghavno", "Kornidzor", "Tegh") if p in text]
    assert all(found[p] == "corridors" for p in named)


def test_post_named_on_it_stays_a_point(gazetteer):
    text = "On Thursday soldiers blocked the old road to Stepanakert at a checkpoint between Aghavno and Tegh."
    found = layers(text, gazetteer)
    assert found["Aghavno"] == found["Tegh"] == "checkpoints"
