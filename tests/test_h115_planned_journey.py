"""A journey someone only hopes or plans to make ("our visitors hope to come by the mountain road through X", "she
plans to drive back via Y") is a plan: the place on its way takes no row. A journey made, or a plan beside an
event told at the place, keeps its row."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-08-28")


def test_hoped_journey_through_a_place_is_no_row(gazetteer):
    text = "The visiting choir hopes to travel by the mountain road through Ijevan, which is slow but safe."
    assert "Ijevan" not in layers(text, gazetteer)


def test_planned_return_via_a_place_is_no_row(gazetteer):
    text = "Her cousin plans to drive back via Dilijan at the weekend."
    assert "Dilijan" not in layers(text, gazetteer)


def test_journey_made_keeps_its_row(gazetteer):
    text = "Her cousin drove back via Dilijan at the weekend."
    assert "Dilijan" in layers(text, gazetteer)


def test_plan_beside_fire_at_the_place_keeps_it(gazetteer):
    text = "They hoped to travel through Berd, but the road there was shelled on Monday."
    assert "Berd" in layers(text, gazetteer)
