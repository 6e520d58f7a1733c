"""Fire told with how long it lasted between the verb and its target ("fired for twenty minutes before noon on the
positions at X") is fire at X, as "fired heavily on X" is; the older sets file such sentences as shelling (2 of 2).
A kiln or a dismissal "fired for" a while is no fire."""

from functools import partial

import pytest

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-05-20")


@pytest.mark.parametrize("text", [
    "The ministry said enemy units had fired for twenty minutes before noon on army positions near Tegh.",
    "Villagers said the soldiers fired for about an hour towards the houses of Tegh.",
    "Troops across the valley fired for half an hour in the evening on the school in Tegh.",
])
def test_fire_with_its_span_is_shelling(text, gazetteer):
    assert layers(text, gazetteer)["Tegh"] == "shelling"


@pytest.mark.parametrize("text", [
    "The pottery kiln in Tegh was firing for ten hours on Monday.",
    "The coach in Tegh was fired for two years of absences at training.",
])
def test_no_fire_without_a_target(text, gazetteer):
    assert layers(text, gazetteer).get("Tegh") != "shelling"
