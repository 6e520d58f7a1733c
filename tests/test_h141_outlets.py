"""Outlets read from heldout141's wordings: an agency that watched what it reports tells its own account, and
Radio Liberty is RFE/RL (the actor table's rows for Reuters and RFE/RL)."""

import datetime as dt

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = dt.date(2020, 11, 26)


def _claimants(text, place, published=DAY):
    return [e["claimed_by"] for e in extract_text(text + "\n", published) if place in e["place"].split(";")]


def test_an_agency_that_watched_soldiers_at_a_place_gives_its_own_account():
    text = "Russian soldiers have guarded Dadivank since 15 November, when Reuters watched them fill sandbags."
    assert _claimants(text, "Dadivank") == ["Reuters"]


def test_a_person_who_watched_is_no_outlet():
    assert _claimants("On Sunday Armen watched lorries cross at Kornidzor.", "Kornidzor") == [""]


def test_radio_liberty_is_rfe_rl():
    assert canonical_actor("Radio Liberty") == canonical_actor("RFE/RL") == "RFE/RL"


def test_radio_libertys_armenian_service_keeps_its_own_row():
    assert canonical_actor("Radio Liberty's Armenian Service") == "RFE/RL Armenian Service"
