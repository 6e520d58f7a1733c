"""Fire told with its manner set off by commas ("kept firing, less heavily, towards X") is fire at X; places named
as those fire came from ("named A and B as places from which its soldiers were shot at") take that fire."""

import datetime
from functools import partial

from tests.helpers import place_layers

_layers = partial(place_layers, published=datetime.date(2019, 5, 14))


def test_fire_with_its_manner_between_commas(gazetteer):
    layers = _layers("The spokesman said enemy units went on firing, more heavily, towards Tovuz and Aghdam.", gazetteer)
    assert layers["Tovuz"] == "shelling"
    assert layers["Aghdam"] == "shelling"
    assert _layers("Armenian units fired, sporadically, at Goranboy overnight.", gazetteer)["Goranboy"] == "shelling"


def test_a_kiln_firing_slowly_is_no_fire(gazetteer):
    assert _layers("The potter's kiln went on firing, slowly, on a low flame in Sisian.", gazetteer).get("Sisian") \
        != "shelling"


def test_places_named_as_where_fire_came_from(gazetteer):
    layers = _layers("The army listed the heights near Gadabay and Tovuz as places from which its posts were shot "
                     "at.", gazetteer)
    assert layers["Gadabay"] == "shelling"
    assert layers["Tovuz"] == "shelling"


def test_places_named_as_where_no_fire_came_from_stay_unshelled(gazetteer):
    layers = _layers("The army named Gadabay and Tovuz as places from which no shots had come.", gazetteer)
    assert "shelling" not in layers.values()
