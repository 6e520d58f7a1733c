"""Damage counted at a place after the shelling ("power lines in X were among the damage counted after the
shelling") is the shelling's harm there, as homes left without power after it are; the older sets file damage told
with the shelling as shelling (10 of 11). Work merely begun there after the shelling, or damage after the shelling
of another place, is not."""

from functools import partial

import pytest

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-09-29")


@pytest.mark.parametrize("text", [
    "The ministry said on Thursday that a water main in Tegh was among the damage counted after the shelling.",
    "Officials said the damage recorded in Tegh after the strikes included a school roof.",
])
def test_damage_counted_after_the_shelling_is_shelling(text, gazetteer):
    assert layers(text, gazetteer)["Tegh"] == "shelling"


@pytest.mark.parametrize("text", [
    "Repairs to the school began in Tegh after the shelling, the mayor said.",
    "The damage counted in Tegh after the shelling of Goris was small, the mayor said.",
])
def test_no_damage_of_the_shelling_told_there(text, gazetteer):
    assert layers(text, gazetteer)["Tegh"] != "shelling"
