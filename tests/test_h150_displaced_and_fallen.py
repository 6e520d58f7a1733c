"""A place that "fell" on a named day was given up, whatever roads its people then took; troops that "occupied the X
district" took it; families camped along the roads are the displaced where they stay, not a protest camp; goods wagons
that families live in are their shelter, not a railway used."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1993-09-10")


def test_a_town_that_fell_on_a_day_was_given_up(gazetteer):
    text = "Kalbajar fell on Saturday, and thousands of its people are now on the roads east."
    assert layers(text, gazetteer).get("Kalbajar") == "other"


def test_shells_that_fell_on_a_town_are_still_fire(gazetteer):
    text = "Shells fell on Tartar on Saturday, and the road east was closed."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_forces_that_occupied_a_district_took_it(gazetteer):
    text = ("The agency recalled that the forces had occupied the Kalbajar district in April 1993, when it had 120 "
            "villages, all of which were razed in the years that followed.")
    assert layers(text, gazetteer).get("Kalbajar District") == "other"


def test_a_school_occupied_by_families_is_not_taken(gazetteer):
    text = "Families from the villages have occupied the Barda school since spring, and shells fell nearby on Monday."
    assert layers(text, gazetteer).get("Barda") != "other"


def test_families_camped_along_the_roads_are_displaced(gazetteer):
    text = "Hundreds of families were camped along the roads of the Barda district, sleeping in their cars."
    assert layers(text, gazetteer).get("Barda District") == "other"


def test_activists_camped_along_a_road_are_still_a_protest(gazetteer):
    text = "Activists have camped along the road below Shusha since Tuesday."
    assert layers(text, gazetteer).get("Shusha") == "checkpoints"


def test_goods_wagons_families_live_in_are_their_shelter(gazetteer):
    text = "Near Barda, twenty goods wagons stand on a railway siding, and two families live in each one."
    assert layers(text, gazetteer).get("Barda") == "other"


def test_goods_wagons_waiting_on_a_siding_are_still_the_railway(gazetteer):
    text = "Near Barda, twenty goods wagons stand on a railway siding, waiting for the line to reopen."
    assert layers(text, gazetteer).get("Barda") == "corridors"
