"""Layers of a shortage told in a town after a road's news, and of vehicles kept in a yard."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

DAY = datetime.date(2023, 9, 16)
_pairs = partial(place_layer_pairs, published=DAY)


def test_a_shortage_in_a_town_is_its_hardship_not_the_roads(gazetteer):
    pairs = _pairs("No lorry has come along the road for a month, worsening the shortage of bread and fuel in "
                   "Martakert.", gazetteer)
    assert ("Martakert", "other") in pairs
    assert ("Martakert", "corridors") not in pairs


def test_lorries_kept_in_a_yard_are_on_no_way(gazetteer):
    pairs = _pairs("Twelve lorries have been parked in a depot in Goris since Monday, the company said.", gazetteer)
    assert ("Goris", "corridors") not in pairs


def test_lorries_waiting_by_a_town_are_still_on_their_way(gazetteer):
    assert ("Goris", "corridors") in _pairs("Aid lorries were standing near Goris for two weeks.", gazetteer)
