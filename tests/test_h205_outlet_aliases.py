"""Outlets written without their domain or by their bare name ("by Metbuat's account", "1news.az reported",
"Mediamax reported") are their side's media, as "Metbuat.az" already was."""

import datetime

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = datetime.date(2022, 9, 16)


def _claimants(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY, gazetteer)}


def test_the_bare_names_read_as_their_sides_media():
    assert canonical_actor("Metbuat") == "Azerbaijani media"
    assert canonical_actor("1news.az") == "Azerbaijani media"
    assert canonical_actor("Mediamax") == "Armenian media"


def test_by_an_outlets_account_is_its_claim(gazetteer):
    text = "Twelve more families moved into new houses at Sugovushan on 10 September, by Metbuat's account."
    assert _claimants(text, gazetteer).get("Sugovushan") == "Azerbaijani media"


def test_an_outlet_with_a_digit_in_its_name_reports(gazetteer):
    text = "1news.az reported that a new clinic had opened in Sugovushan."
    assert _claimants(text, gazetteer).get("Sugovushan") == "Azerbaijani media"


def test_a_person_account_is_not_an_outlet(gazetteer):
    text = "Twelve more families moved into new houses at Sugovushan on 10 September, by their own account."
    assert _claimants(text, gazetteer).get("Sugovushan") != "Azerbaijani media"
