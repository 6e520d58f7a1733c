"""An outlet that "had written in the morning that" something would happen is the claimant of it, as with "had
written on Monday that"; a thing written in the sand is no report."""

import datetime

from geo.extract import extract_text


def _claimants(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, datetime.date(2023, 12, 14), gazetteer)}


def test_had_written_in_the_morning_that(gazetteer):
    text = "The agency Turan had written in the morning that the prisoners would be handed over near Ijevan."
    assert _claimants(text, gazetteer).get("Ijevan") == "Azerbaijani media"


def test_had_written_in_the_sand_is_no_claim(gazetteer):
    text = "The agency Turan had written in the sand that the prisoners would be handed over near Ijevan."
    assert _claimants(text, gazetteer).get("Ijevan") != "Azerbaijani media"
