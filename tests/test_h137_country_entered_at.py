"""People entering a country at a named place cross its border there ("the refugees entered Armenia at X"), read as
the way's, as "crossed into Armenia at X" and "entered Armenia through X" are (the older sets, 6 of 8). Troops
entering a country take ground, and a named post entered at stays the post's."""

from functools import partial

import pytest

from tests.helpers import place_layers

layers = partial(place_layers, published="2023-09-26")


@pytest.mark.parametrize("text", [
    "On Monday the first families from the mountains entered Armenia at Kornidzor, the agency reported.",
    "Some 3,000 people entered Armenia at Kornidzor by nightfall, officials said.",
])
def test_people_entering_a_country_at_a_place_is_a_crossing(text, gazetteer):
    assert layers(text, gazetteer)["Kornidzor"] == "corridors"


def test_troops_entering_a_country_at_a_place_are_no_crossing(gazetteer):
    text = "Azerbaijani troops entered Armenia at Kornidzor and dug in on the hill."
    assert layers(text, gazetteer)["Kornidzor"] != "corridors"


def test_entering_at_a_named_post_stays_the_posts(gazetteer):
    text = "The lorries entered Turkey at the Alican border gate in the province of Igdir, the envoy said."
    assert layers(text, gazetteer)["Alican border gate"] == "checkpoints"
