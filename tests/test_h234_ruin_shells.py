"""The hulks ruins leave ("empty shells of buildings", "the burned-out shells of houses") are no artillery shells."""

import datetime as dt

from geo.extract import extract_text


PUBLISHED = dt.date(2021, 5, 4)


def layers(text, gazetteer):
    """{place: layer} of the events a user sees for ``text``."""
    return {e["place"]: e["layer"] for e in extract_text(text, PUBLISHED, gazetteer)}


def test_empty_shells_of_buildings_are_ruins(gazetteer):
    assert layers("Photographs from Istisu show the empty shells of buildings.", gazetteer) == {"Istisu": "other"}


def test_burned_out_shells_of_houses_are_ruins(gazetteer):
    assert layers("Only the burned-out shells of houses are left in Zar.", gazetteer) == {"Zar": "other"}


def test_a_ruined_resort_with_its_shells_stays_other(gazetteer):
    assert layers("The resort at Istisu was left to decay, and only gutted shells of hotels remain.", gazetteer) \
        == {"Istisu": "other"}


def test_shells_that_hit_buildings_are_fire(gazetteer):
    assert layers("Shells hit buildings in Tartar on Monday.", gazetteer) == {"Tartar": "shelling"}


def test_shells_landing_near_houses_are_fire(gazetteer):
    assert layers("Shells landed near houses in Tartar on Monday.", gazetteer) == {"Tartar": "shelling"}


def test_shells_of_a_house_s_roof_after_an_attack_are_fire(gazetteer):
    assert layers("Shells of the houses' roofs were found in Tartar after the attack.", gazetteer) \
        == {"Tartar": "shelling"}


def test_a_town_shelled_is_fire(gazetteer):
    assert layers("The army shelled Tartar on Monday.", gazetteer) == {"Tartar": "shelling"}
