"""The dead remembered where they lie are no casualties there: flowers laid "at the graves of the dead" in a
town are a commemoration, not people killed in that town."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2021, 11, 20))


def test_flowers_at_the_graves_of_the_dead_are_no_shelling(gazetteer):
    found = layers("Pupils and veterans placed wreaths at the graves of the dead in the cemetery of Ganja.", gazetteer)
    assert found.get("Ganja") == "other", found


def test_people_left_dead_in_a_town_are_still_casualties(gazetteer):
    found = layers("Three people were left dead in Tartar after the night.", gazetteer)
    assert found.get("Tartar") == "shelling", found
