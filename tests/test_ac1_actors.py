"""Outlets and bodies the actor table knows by name: the Baku agency Report (a common noun, the agency only when
written with its capital) and Azerinform as the Azerbaijani press, ILKHA as the Turkish press, Golos Armenii as the
Armenian press; Caucasian Knot and RFE/RL under their own names; Azerbaijan Railways; the Artsakh Operational
Headquarters as the Karabakh authorities."""

import datetime

import pytest

from geo.extract import extract_text
from geo.extract.actors import canonical_actor


def _events(text, gazetteer):
    return {(e["place"], e["claimed_by"]) for e in extract_text(text, datetime.date(2022, 5, 1), gazetteer)}


@pytest.mark.parametrize("text, place, claimant", [
    ("Azerbaijani army units entered the Aghdam district yesterday, the Baku agency Report said.",
     "Aghdam", "Azerbaijani media"),
    ("Armenian missiles were fired at Shusha on Sunday night, Azerinform reported.", "Shusha", "Azerbaijani media"),
    ("Lachin was captured on 18 May 1992, the Turkish agency ILKHA recalled.", "Lachin", "Turkish media"),
    ("Golos Armenii reported that shells hit Jermuk on Tuesday.", "Jermuk", "Armenian media"),
])
def test_a_nations_outlet_is_its_press(text, place, claimant, gazetteer):
    assert (place, claimant) in _events(text, gazetteer)


def test_a_report_in_lower_case_is_no_agency(gazetteer):
    assert ("Tegh", "Azerbaijani media") not in _events(
        "The report said soldiers had fired at the school in Tegh on Saturday.", gazetteer)
    assert ("Sotk", "Azerbaijani media") not in _events(
        "According to the same report, shells hit houses in Sotk.", gazetteer)
    assert canonical_actor("the report") is None
    assert canonical_actor("a report") is None


@pytest.mark.parametrize("text, place, claimant", [
    ("Soldiers shot at a water crew near Shushi on Monday, Caucasian Knot reported.", "Shushi", "Caucasian Knot"),
    ("Radio Liberty reported that the courtyard of Dadivank was full of people on Sunday.", "Dadivank", "RFE/RL"),
    ("Shells hit Stepanakert for three hours, according to an RFE/RL correspondent there.", "Stepanakert",
     "RFE/RL"),
])
def test_an_international_outlet_keeps_its_name(text, place, claimant, gazetteer):
    assert (place, claimant) in _events(text, gazetteer)


def test_radio_libertys_language_services_stay_their_own():
    assert canonical_actor("Radio Liberty's Azerbaijani service") == "RFE/RL Azerbaijani Service"
    assert canonical_actor("Radio Liberty's Armenian Service") == "RFE/RL Armenian Service"
    assert canonical_actor("Radio Free Europe's reporter") == "RFE/RL"


def test_the_railway_company_and_the_operational_headquarters():
    assert canonical_actor("Azerbaijan Railways") == "Azerbaijan Railways"
    assert canonical_actor("Artsakh Operational Headquarters") == "Nagorno-Karabakh authorities"
    # an operational headquarters named by no side is not Karabakh's
    assert canonical_actor("the operational headquarters") is None
    assert canonical_actor("Azerbaijan's operational headquarters") != "Nagorno-Karabakh authorities"
