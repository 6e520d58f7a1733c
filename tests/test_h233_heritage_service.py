"""Azerbaijan's State Service for the Protection, Development and Restoration of Cultural Heritage is a claimant of
its own, by its full name or as "Baku's heritage service", "Azerbaijan's heritage service"; an unowned "heritage
service" or another country's is not it."""

import datetime

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = datetime.date(2023, 10, 9)
ROW = "Azerbaijani government (State Service for Cultural Heritage)"


def _claims(text, gazetteer):
    return {e["place_name"]: e["claimed_by"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_bakus_heritage_service(gazetteer):
    claims = _claims("Baku's heritage service said on Wednesday that the Gandzasar monastery had been repaired "
                     "illegally.", gazetteer)
    assert claims["Gandzasar"] == ROW


def test_full_name():
    assert canonical_actor("State Service for the Protection, Development and Restoration of Cultural Heritage") == ROW
    assert canonical_actor("Azerbaijan's heritage service") == ROW


def test_unowned_heritage_service_is_not_it():
    assert canonical_actor("the heritage service") is None


def test_armenian_heritage_service_is_not_it():
    assert canonical_actor("Armenian heritage service") != ROW


def test_heritage_watch_is_not_it():
    assert canonical_actor("Caucasus Heritage Watch") != ROW
