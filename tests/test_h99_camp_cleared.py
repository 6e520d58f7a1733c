"""A protest camp cleared by the police is the protest dispersed (other), no blocking point standing; a protest camp
that stands on a road stays one."""

import datetime as dt

from tests.helpers import place_layers

PUBLISHED = dt.date(2024, 5, 9)


def test_protest_camp_cleared_is_no_blocking_point(gazetteer):
    text = "On Tuesday riot police broke up the protest camp at Aygepar and detained some twenty farmers."
    assert place_layers(text, gazetteer, PUBLISHED).get("Aygepar") == "other"


def test_standing_protest_camp_on_a_road_is_a_blocking_point(gazetteer):
    # negative: a camp set up on the road and still there
    text = "The protest camp set up by farmers on the road below Aygepar on 2 May remains in place."
    assert place_layers(text, gazetteer, PUBLISHED).get("Aygepar") == "checkpoints"
