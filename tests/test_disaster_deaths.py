"""Deaths a natural disaster or a road crash caused are no casualties of fire: the place is not marked as shelled."""

import datetime
from functools import partial

from tests.helpers import place_layers

DAY = datetime.date(2024, 2, 11)


_layers = partial(place_layers, published=DAY)


def test_people_an_earthquake_killed_are_not_a_shelling(gazetteer):
    layers = _layers("Relief flights began after the earthquake of 1988 killed thousands of people around Spitak.",
                     gazetteer)
    assert layers.get("Spitak") != "shelling"


def test_a_road_crash_near_a_town_is_not_a_shelling(gazetteer):
    assert _layers("A bus crash killed three passengers near Goris on Sunday.", gazetteer).get("Goris") != "shelling"


def test_soldiers_killed_at_a_village_still_are(gazetteer):
    assert _layers("Two soldiers were killed in Talish on Sunday.", gazetteer) == {"Talish": "shelling"}
