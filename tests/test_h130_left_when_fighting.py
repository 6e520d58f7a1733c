"""A place people left, with the fire or fighting told after it only as the time they left ("they left X in 1992,
when the fighting reached the village", "we left Y that night, with the shells falling"): the leaving is the place's
news (other), as the older sets file it; fighting told as what happened at the place, or troops leaving a town
after fighting, stay shelling."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2024-02-22")


def test_a_place_left_when_the_fighting_reached_it_is_a_leaving(gazetteer):
    text = "They left Khndzoresk in 1993, when the fighting reached the village."
    assert layers(text, gazetteer)["Khndzoresk"] == "other"


def test_a_place_left_with_the_shells_falling_is_a_leaving(gazetteer):
    text = "We had to leave Tegh on the night of 2 April, with the shells falling on the upper streets."
    assert layers(text, gazetteer)["Tegh"] == "other"


def test_fighting_that_reached_a_place_before_people_left_is_still_fighting(gazetteer):
    text = "The fighting reached Tegh in 1992, and the families left the village."
    assert layers(text, gazetteer)["Tegh"] == "shelling"


def test_troops_leaving_a_town_after_weeks_of_fighting_is_still_fighting(gazetteer):
    text = "On 23 July 1993 the last units of the brigade left Tegh after some six weeks of fighting."
    assert layers(text, gazetteer)["Tegh"] == "shelling"
