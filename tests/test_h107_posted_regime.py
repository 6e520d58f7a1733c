"""Readings from heldout107: a commandant's regime in force in a town and soldiers posted in it restrict who may move
there, as a curfew or a state of emergency does (checkpoints, as the older sets file a state of emergency and police
posted in a village); a thing posted in a town is no such rule."""

from tests.helpers import rows


def _layers(text, gazetteer):
    return {r["place_name"]: r["layer"] for r in rows(text, gazetteer, "2019-04-06")}


def test_a_commandants_regime_in_force_in_a_town_is_checkpoints(gazetteer):
    text = "Under the commandant's regime then in force in Shusha, residents needed a pass to cross the square."
    assert _layers(text, gazetteer)["Shusha"] == "checkpoints"


def test_soldiers_posted_in_a_town_are_checkpoints(gazetteer):
    text = "The site says that in the following week riot soldiers with helmets were posted in Goris."
    assert _layers(text, gazetteer)["Goris"] == "checkpoints"


def test_a_notice_posted_in_a_town_is_no_checkpoint(gazetteer):
    # negative: a thing posted, no troops
    text = "A notice about the fair was posted in Goris on Monday."
    assert _layers(text, gazetteer).get("Goris") != "checkpoints"
