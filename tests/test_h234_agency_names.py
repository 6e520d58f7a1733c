"""AFP is an outlet of the table, by its letters or its full name (Agence France-Presse), as AP is."""

import datetime as dt

from geo.extract import extract_text


PUBLISHED = dt.date(2020, 11, 16)


def claimants(text, gazetteer):
    """{place: claimant} of the events a user sees for ``text``."""
    return {e["place"]: e["claimed_by"] for e in extract_text(text, PUBLISHED, gazetteer)}


def test_the_letters_are_the_agency(gazetteer):
    assert claimants("AFP reported that on Saturday houses were burning in Charektar.", gazetteer) == \
        {"Charektar": "AFP"}


def test_the_agency_named_after_its_kind_is_the_agency(gazetteer):
    assert claimants("The French agency AFP said on Saturday that houses were burning in Charektar.", gazetteer) == \
        {"Charektar": "AFP"}


def test_the_full_name_is_the_same_agency(gazetteer):
    assert claimants("Agence France-Presse said shells hit Tartar on Saturday.", gazetteer) == \
        {"Tartar": "AFP"}


def test_another_agency_by_its_letters_stays_itself(gazetteer):
    assert claimants("AP reported that on Saturday houses were burning in Charektar.", gazetteer) == \
        {"Charektar": "Associated Press"}


def test_a_french_official_is_no_agency(gazetteer):
    found = claimants("The French ambassador said on Saturday that houses were burning in Charektar.", gazetteer)
    assert "AFP" not in found.values()


def test_a_photographer_of_the_agency_seen_at_work_claims_nothing(gazetteer):
    found = claimants("An AFP photographer walked through Charektar on Saturday.", gazetteer)
    assert "AFP" not in found.values()
