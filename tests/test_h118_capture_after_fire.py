"""A town taken after fire told at it is shelling, as an entry after a barrage already is.

"troops took X on Friday after two days of shelling": the fire at the town is told with its capture (shelling). A
capture after fighting, or after weeks without shelling, stays a change of control (other)."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1993-04-09")


def test_took_a_town_after_days_of_shelling_is_shelling(gazetteer):
    text = "Azerbaijani troops took Fuzuli on Friday after two days of shelling, and the last families had to leave on foot."
    assert layers(text, gazetteer).get("Fuzuli") == "shelling"


def test_captured_after_a_night_of_artillery_fire_is_shelling(gazetteer):
    text = "The rebels captured Ganja after a night of artillery fire, the radio said."
    assert layers(text, gazetteer).get("Ganja") == "shelling"


def test_took_a_town_after_fighting_stays_other(gazetteer):
    # negative: fighting, no fire told at the town
    text = "Armenian forces took Shusha on Saturday after heavy fighting."
    assert layers(text, gazetteer).get("Shusha") == "other"


def test_took_a_town_after_weeks_without_shelling_stays_other(gazetteer):
    # negative: the fire is told missing
    text = "Azerbaijani troops took Fuzuli on Friday after two weeks without shelling."
    assert layers(text, gazetteer).get("Fuzuli") == "other"
