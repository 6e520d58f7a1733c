"""A source that gives the names of places ("the agency gave the district's names as A, B and C") tells them as its
account, as one that lists them does: the list is its claim. A person giving his own name, names given as anything
but places' names, or names given with no "as" name no claimant."""

import datetime as dt

import pytest

from geo.extract import extract_text
from tests.helpers import claimants

PUBLISHED = dt.date(2020, 11, 12)


@pytest.mark.parametrize("text, place, expected", [
    ("Anadolu Agency gave the Aghdam names as Kangarli and Giyasli.", "Giyasli", "Turkish media"),
    ("Azernews gave the village names as Talish and Sugovushan.", "Talish", "Azerbaijani media"),
    ("Trend gives the spellings as Horadiz and Dordchinar.", "Dordchinar", "Azerbaijani media"),
])
def test_names_given_are_the_givers_claim(gazetteer, text, place, expected):
    assert claimants(text, gazetteer, PUBLISHED)[place] == expected


@pytest.mark.parametrize("text, place", [
    # names given as something other than names of places: no list of anyone's
    ("The teacher gave the pupils' names as a list in Aghdam.", "Aghdam"),
    # names given to someone, no "as": a handing over
    ("The volunteers gave the names of the families to a school in Tartar.", "Tartar"),
    # a name given: the name of a shop, no source's list
    ("The owner gave the shop a new name in Tartar.", "Tartar"),
])
def test_other_names_given_name_no_claimant(gazetteer, text, place):
    assert claimants(text, gazetteer, PUBLISHED)[place] == ""


def test_a_persons_own_name_is_no_list(gazetteer):
    # the driver who gave his name speaks for himself, as before: not the name's "list"
    found = claimants("A driver, who gave his name as Elshan, said Aghdam was quiet.", gazetteer, PUBLISHED)
    assert found["Aghdam"] == "residents (Elshan)"


def test_the_given_list_keeps_layer_and_date(gazetteer):
    events = extract_text("On Sunday Anadolu Agency gave the Aghdam names as Kangarli and Giyasli.", PUBLISHED,
                          gazetteer)
    (event,) = [e for e in events if e["place"] == "Giyasli"]
    assert event["layer"] == "other"
    assert event["claimed_by"] == "Turkish media"
