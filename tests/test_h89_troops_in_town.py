"""Troops or police holding a town as a post does: patrolling it ("interior ministry troops patrol the streets of
X", "soldiers were patrolling Y in lorries"), or taking control of it and putting it under curfew in the same
breath, are checkpoints; peacekeepers on their rounds and a control taken with no curfew stay as they were."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1990-01-25")


def test_troops_patrol_the_streets_of_a_town(gazetteer):
    text = "Army troops in lorries and armoured cars now patrol the streets of Ganja, a visiting reporter wrote."
    assert layers(text, gazetteer).get("Ganja") == "checkpoints"


def test_police_patrolling_a_named_town(gazetteer):
    text = "The radio said that riot police were patrolling Shamkir on foot and in cars."
    assert layers(text, gazetteer).get("Shamkir") == "checkpoints"


def test_peacekeepers_patrolling_stay_as_they_were(gazetteer):
    text = "Russian peacekeeping troops were patrolling Shusha on Monday, the ministry said."
    assert layers(text, gazetteer).get("Shusha") != "checkpoints"


def test_took_control_and_put_the_town_under_curfew(gazetteer):
    text = "Army units with armoured cars took control of Ganja on 21 January and put the city under curfew."
    assert layers(text, gazetteer).get("Ganja") == "checkpoints"


def test_took_control_without_curfew_is_not_checkpoints(gazetteer):
    text = "Army units with armoured cars took control of Ganja on 21 January and arrested the strike leaders."
    assert layers(text, gazetteer).get("Ganja") != "checkpoints"
