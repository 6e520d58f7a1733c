"""Wordings read in the set heldout204: the tradesman a shop deals with, named by his town (the wholesaler, the
repairer, the smith in X), only locates, as the supplier or the workshop in X does; harm told there keeps the town."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-03-10")


def test_wholesaler_in_town_only_locates(gazetteer):
    text = "We ordered forty metres of copper wire from the wholesaler in Vanadzor on Monday."
    assert "Vanadzor" not in layers(text, gazetteer)


def test_smith_in_town_only_locates(gazetteer):
    text = "The old smith in Ijevan has put his prices up again, Ashot reported."
    assert "Ijevan" not in layers(text, gazetteer)


def test_repairer_in_town_only_locates(gazetteer):
    text = "Cracked reeds will be posted to the repairer in Vanadzor at the end of the month."
    assert "Vanadzor" not in layers(text, gazetteer)


def test_harm_at_the_smith_keeps_the_town(gazetteer):
    text = "Shells hit the forge of the smith in Ijevan on Monday night."
    assert layers(text, gazetteer).get("Ijevan") == "shelling"
