"""An outlet read from heldout141's wording: an agency the actor table knows that watched what it reports tells its
own account, as one that saw it does."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 11, 26)


def _claimants(text, place, published=DAY):
    return [e["claimed_by"] for e in extract_text(text + "\n", published) if place in e["place"].split(";")]


def test_an_agency_that_watched_soldiers_at_a_place_gives_its_own_account():
    text = "Russian soldiers have guarded Dadivank since 15 November, when TASS watched them fill sandbags."
    assert _claimants(text, "Dadivank") == ["Russian media"]


def test_a_person_who_watched_is_no_outlet():
    assert _claimants("On Sunday Armen watched lorries cross at Kornidzor.", "Kornidzor") == [""]
