"""A shop's note of how long its parcels take to reach two towns ("parcels to X and Y usually arrive within two
days") is a delivery time, no event; parcels that arrived after a hold-up are news."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-12-30")


def test_parcels_to_two_towns_usually_arrive(gazetteer):
    text = "We post on Tuesdays, and parcels to Kapan and Meghri usually arrive within three days."
    found = layers(text, gazetteer)
    assert "Kapan" not in found and "Meghri" not in found


def test_parcels_that_arrived_after_a_week_stay(gazetteer):
    text = "The parcels to Kapan arrived on Monday after a week stuck on the road."
    assert "Kapan" in layers(text, gazetteer)
