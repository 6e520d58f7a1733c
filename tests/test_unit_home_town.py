"""A military unit named by the town it came from ("a regiment from Vardenis") places no fighting at that town."""

import datetime
from functools import partial

from tests.helpers import place_layers

DAY = datetime.date(2024, 2, 12)


_layers = partial(place_layers, published=DAY)


def test_a_regiment_from_a_town_did_not_fight_in_it(gazetteer):
    assert _layers("Reinforcements arrived, among them a battalion from Goris, and counter-attacked at dawn.",
                   gazetteer).get("Goris") == "other"


def test_fighting_in_a_town_is_still_fighting(gazetteer):
    assert _layers("A battalion counter-attacked in Talish at dawn.", gazetteer) == {"Talish": "shelling"}
