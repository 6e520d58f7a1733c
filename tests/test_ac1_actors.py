"""Outlets and bodies the actor table knows by name: Azerinform (the Azerbaijani state agency's Soviet-era name) as the
Azerbaijani press, ILKHA as the Turkish press, Golos Armenii as the Armenian press; Caucasian Knot and Radio Free
Europe/Radio Liberty under their own names; the Artsakh Operational Headquarters as the Karabakh authorities."""

import datetime

import pytest

from geo.extract import extract_text
from geo.extract.actors import canonical_actor


def _events(text, gazetteer):
    return {(e["place"], e["claimed_by"]) for e in extract_text(text, datetime.date(2022, 5, 1), gazetteer)}


@pytest.mark.parametrize("text, place, claimant", [
    ("Armenian missiles were fired at Shusha on Sunday night, Azerinform reported.", "Shusha", "Azerbaijani media"),
    ("Lachin was captured on 18 May 1992, the Turkish agency ILKHA recalled.", "Lachin", "Turkish media"),
    ("Golos Armenii reported that shells hit Jermuk on Tuesday.", "Jermuk", "Armenian media"),
    ("According to Golos Armenii, the road from Jermuk to Vayk was closed on Monday.", "Jermuk;Vayk", "Armenian media"),
])
def test_a_nations_outlet_is_its_press(text, place, claimant, gazetteer):
    assert (place, claimant) in _events(text, gazetteer)


@pytest.mark.parametrize("text, place, claimant", [
    ("Soldiers shot at a water crew near Shushi on Monday, Caucasian Knot reported.", "Shushi", "Caucasian Knot"),
    ("Radio Liberty reported that the courtyard of Dadivank was full of people on Sunday.", "Dadivank",
     "Radio Free Europe/Radio Liberty"),
])
def test_an_international_outlet_keeps_its_name(text, place, claimant, gazetteer):
    assert (place, claimant) in _events(text, gazetteer)


def test_radio_libertys_language_services_stay_their_own():
    assert canonical_actor("Radio Liberty's Azerbaijani service") == "RFE/RL Azerbaijani Service"
    assert canonical_actor("Radio Liberty's Armenian Service") == "RFE/RL Armenian Service"
    assert canonical_actor("Radio Free Europe") == "Radio Free Europe/Radio Liberty"


def test_a_correspondent_named_with_the_radios_initials_keeps_the_name(gazetteer):
    # the initials alone are no alias of the radio: its correspondent, named, stays the speaker
    text = ("In the Kalbajar district, RFE/RL's correspondent Susan Badalian reported, a school principal burned the "
            "school.")
    assert ("Kalbajar", "Radio Free Europe/Radio Liberty") not in _events(text, gazetteer)


def test_the_operational_headquarters_of_artsakh_only():
    assert canonical_actor("Artsakh Operational Headquarters") == "Nagorno-Karabakh authorities"
    # an operational headquarters named by no side, or by Azerbaijan, is not Karabakh's
    assert canonical_actor("the operational headquarters") is None
    assert canonical_actor("Azerbaijan's operational headquarters") != "Nagorno-Karabakh authorities"
