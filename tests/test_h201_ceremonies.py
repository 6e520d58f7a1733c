"""A ceremony held at a place abroad is news there, as a funeral or a meeting held there is, also the second of two
places it was held in ("in Baku and in Tehran"); a government in a capital speaking of a ceremony is not."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2024-06-03")


def test_a_ceremony_held_abroad(gazetteer):
    text = "A memorial ceremony was held in Tabriz on Thursday for the dead pilots."
    assert layers(text, gazetteer).get("Tabriz") == "other"


def test_the_second_town_of_a_ceremony(gazetteer):
    text = "Delegations from ten countries attended the funeral ceremonies in Shusha and in Tabriz last week."
    found = layers(text, gazetteer)
    assert "Tabriz" in found and "Shusha" in found


def test_officials_in_a_capital_speaking_of_a_ceremony(gazetteer):
    text = "Officials in Tehran said the ceremony had gone well."
    assert "Tehran" not in layers(text, gazetteer)
