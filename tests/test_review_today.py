"""Ordinary news mixing today's cues with plain events: a curfew declared after a strike on the same town leaves
the strike the town's news; a curfew alone, or one in another town, is still a checkpoint."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-12-20")


def test_a_curfew_declared_after_artillery_struck_the_city(gazetteer):
    text = ("A curfew was declared in Stepanakert after Azerbaijani artillery struck the city overnight, "
            "officials said.")
    assert layers(text, gazetteer).get("Stepanakert") == "shelling"


def test_martial_law_and_a_curfew_after_missiles_hit_the_city(gazetteer):
    text = "Martial law and a curfew were imposed in Ganja after missiles hit the city."
    assert layers(text, gazetteer).get("Ganja") == "shelling"


def test_a_curfew_alone_stays_a_checkpoint(gazetteer):
    text = "A curfew was declared in Stepanakert on Monday, officials said."
    assert layers(text, gazetteer).get("Stepanakert") == "checkpoints"


def test_a_curfew_after_shells_hit_another_town(gazetteer):
    got = layers("Shells hit Tartar overnight, and a curfew was declared in Barda.", gazetteer)
    assert got.get("Tartar") == "shelling"
    assert got.get("Barda") == "checkpoints"
