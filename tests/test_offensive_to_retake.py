"""An offensive launched to take a place is fighting there; the capture it aimed at is no change of control."""

import datetime
from functools import partial

from tests.helpers import place_layers

DAY = datetime.date(2023, 12, 15)


_layers = partial(place_layers, published=DAY)


def test_an_offensive_to_retake_a_district_is_fighting(gazetteer):
    assert _layers("Thirty years ago the army opened an offensive to recapture the Lachin district.", gazetteer) \
        == {"Lachin District": "shelling"}


def test_an_operation_to_retake_a_village_is_fighting(gazetteer):
    assert _layers("The brigade began an operation to retake Talish at dawn.", gazetteer) == {"Talish": "shelling"}


def test_a_village_retaken_is_still_a_change_of_control(gazetteer):
    assert _layers("The brigade retook Talish at dawn.", gazetteer) == {"Talish": "other"}
