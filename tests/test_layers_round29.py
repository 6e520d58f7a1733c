"""Layers, round 29: "struck by how many came" is a feeling, no attack; checks set up on the roads of a town are
checkpoints there."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2024, 6, 1))


@pytest.mark.parametrize("text", [
    "The observer said she had visited schools in Stepanakert and had been struck by how calm the voters were.",
    "Visitors to Shusha are often struck by the number of churches being rebuilt.",
])
def test_struck_by_a_sight_is_no_attack(gazetteer, text):
    found = layers(text, gazetteer)
    assert found and "shelling" not in found.values(), found


def test_a_shell_that_struck_is_still_an_attack(gazetteer):
    found = layers("A shell struck a school in Martuni on Monday night.", gazetteer)
    assert "shelling" in found.values(), found


@pytest.mark.parametrize("text", [
    "Soldiers set up checks on the roads out of Goris after the explosion.",
    "The police set up checks on every road leading to Martakert and stopped buses.",
])
def test_checks_on_the_roads_of_a_town_are_checkpoints(gazetteer, text):
    found = layers(text, gazetteer)
    assert "checkpoints" in found.values(), found
