"""Wordings read in the set heldout204: land handed over to a capital with the land named between the verb and
"over" ("handed the A and B districts over to Baku") is given to its government, as "handed over to Baku" is; the
districts stay the places."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-02-10")


def test_land_named_before_over_to_capital(gazetteer):
    text = "Under the deal Armenia handed the Lachin and Kalbajar districts over to Baku last year."
    found = layers(text, gazetteer)
    assert "Baku" not in found
    assert any(name.startswith("Lachin") for name in found)


def test_people_handed_over_to_a_body_in_the_capital(gazetteer):
    text = "On Monday the soldiers handed the prisoners over to the police in Baku."
    assert "Baku" in layers(text, gazetteer)
