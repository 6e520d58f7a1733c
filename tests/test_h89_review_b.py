"""Deaths, patrols and curfews of the heldout89 rules, read where they must not fire: the wounded who died later in
a hospital town, peacekeepers sharing a patrol, a patrol that is fired on."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1990-01-20")


def test_wounded_who_later_died_elsewhere_are_not_that_towns_violence(gazetteer):
    text = "Of the wounded from Askeran, three later died in Yerevan, doctors said."
    assert layers(text, gazetteer).get("Yerevan") != "shelling"


def test_died_in_a_towns_hospitals_of_wounds(gazetteer):
    text = "The ministry said that two more people died in Yerevan hospitals on Monday."
    assert layers(text, gazetteer).get("Yerevan") != "shelling"


def test_counted_dead_still_shelling(gazetteer):
    text = "The agency said that 17 people had died in Ganja and dozens were taken to hospital."
    assert layers(text, gazetteer).get("Ganja") == "shelling"


def test_police_patrolling_with_peacekeepers_are_not_checkpoints(gazetteer):
    text = "Russian peacekeepers along with Armenian police and troops patrol Lachin, residents said."
    assert layers(text, gazetteer, published="2021-01-20").get("Lachin") != "checkpoints"
    text = "Police now patrol Lachin together with Russian peacekeepers, residents said."
    assert layers(text, gazetteer, published="2021-01-20").get("Lachin") != "checkpoints"


def test_patrol_fired_on_stays_shelling(gazetteer):
    text = "Police patrolling Stepanakert were fired on from the hills on Monday."
    assert layers(text, gazetteer).get("Stepanakert") == "shelling"


def test_police_patrol_still_checkpoints(gazetteer):
    text = "Soldiers and riot police now patrol the streets of Shamkir, the radio said."
    assert layers(text, gazetteer).get("Shamkir") == "checkpoints"
