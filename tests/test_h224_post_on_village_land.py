"""A side's post said to stand on a village's land ("a new post now stands on X land", "posts stood on the
pastures of Y") is a post there (`checkpoints`); positions standing there, and posts that are no guard post (a
first-aid post, a lamp post), are not."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2023-04-10")


def test_post_stands_on_village_land(gazetteer):
    text = "Villagers say a fourth Azerbaijani post now stands on Kornidzor land, close to the new road."
    assert layers(text, gazetteer).get("Kornidzor") == "checkpoints"


def test_posts_stood_on_the_pastures_of(gazetteer):
    text = "According to the mayor, two posts stood on the pastures of Tegh by the end of March."
    assert layers(text, gazetteer).get("Tegh") == "checkpoints"


def test_positions_on_village_land_are_no_post(gazetteer):
    text = "Villagers say Azerbaijani positions now stand on Kornidzor land, close to the new road."
    assert layers(text, gazetteer).get("Kornidzor") != "checkpoints"


def test_first_aid_post_on_village_land_is_no_post(gazetteer):
    text = "A first-aid post now stands on Kornidzor land for the new arrivals."
    assert layers(text, gazetteer).get("Kornidzor") != "checkpoints"
