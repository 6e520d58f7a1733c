"""Review of the Kalbajar handover rules: a blaze after a strike of workers is no attack; a guard put on a person, or
on the room he is kept in, is no checkpoint."""

import datetime as dt

import pytest

from tests.helpers import place_layers

PUBLISHED = dt.date(2020, 11, 20)


@pytest.mark.parametrize("text, place", [
    ("The warehouse in Goris caught fire after a general strike began on Monday.", "Goris"),
    ("On Monday a tent in Stepanakert burned after a hunger strike ended.", "Stepanakert"),
])
def test_a_blaze_after_a_strike_of_workers_is_no_attack(gazetteer, text, place):
    assert place_layers(text, gazetteer, PUBLISHED).get(place) == "other"


def test_a_blaze_after_an_air_strike_is_still_an_attack(gazetteer):
    # negative: a strike from the air
    text = "On Monday a warehouse in Goris caught fire after an air strike, the ministry said."
    assert place_layers(text, gazetteer, PUBLISHED).get("Goris") == "shelling"


@pytest.mark.parametrize("text, place", [
    ("In Stepanakert on Monday the police put a guard on the prisoner at the hospital.", "Stepanakert"),
    ("On Monday police in Goris placed guards outside the detainees' ward.", "Goris"),
    ("On Monday in Goris the police put a guard on him.", "Goris"),
])
def test_a_guard_put_on_a_person_is_no_checkpoint(gazetteer, text, place):
    assert place_layers(text, gazetteer, PUBLISHED).get(place) == "other"


def test_a_guard_put_on_a_monastery_is_still_a_post(gazetteer):
    # negative: a guard on a site
    text = "On Friday troops drove up to Dadivank, unloaded sandbags and put a guard on the monastery."
    assert place_layers(text, gazetteer, PUBLISHED).get("Dadivank") == "checkpoints"
