"""A town written after "near" to say where a village lies ("the village of Dashalti near Shusha") is named, but what
happened, happened at the village."""

import datetime
from functools import partial

from tests.helpers import place_layers

DAY = datetime.date(2024, 1, 26)


_layers = partial(place_layers, published=DAY)


def test_the_town_locating_a_shelled_village_is_not_shelled(gazetteer):
    layers = _layers("Artillery struck the village of Dashalti near Shusha overnight.", gazetteer)
    assert layers["Dashalti"] == "shelling"
    assert layers["Shusha"] == "other"


def test_shelling_of_two_towns_is_still_shelling_of_both(gazetteer):
    layers = _layers("Artillery struck Shusha and Dashalti overnight.", gazetteer)
    assert layers == {"Shusha": "shelling", "Dashalti": "shelling"}
