"""Passengers searched at a place's airport by the men who hold it are a check there (checkpoints), told with one
passenger ("searched every passenger") or in the passive ("passengers are searched on arrival"); a house searched
is no check of travellers."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1991-09-20")


def test_every_passenger_searched_at_the_airport(gazetteer):
    text = ("The airfield near Goris went from the army to the local police, who searched every passenger and "
            "detained some of them.")
    assert layers(text, gazetteer).get("Goris") == "checkpoints"


def test_passengers_are_searched_on_arrival(gazetteer):
    text = "The airfield near Kapan is held by the police, and passengers are searched on arrival."
    assert layers(text, gazetteer).get("Kapan") == "checkpoints"


def test_a_house_searched_is_no_check(gazetteer):
    text = "Police searched a house in Kapan on Monday and found two old rifles in the cellar."
    assert layers(text, gazetteer).get("Kapan") != "checkpoints"
