"""Word brought from a named body ("came word from the prosecutor general that ...") is that body's claim; word from a
place or the front names no claimant."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 3)


def _claimants(text):
    return {e["claimed_by"] for e in extract_text(text, DAY)}


def test_word_from_a_body_is_its_claim():
    assert _claimants("Later came word from Armenia's defence ministry that a drone had struck a bus in Berd.") \
        == {"Armenian MoD"}
    assert _claimants("News came from the Azerbaijani defence ministry that shells had fallen on Tartar.") \
        == {"Azerbaijani MoD"}


def test_word_from_a_place_names_no_claimant():
    assert _claimants("Word came from Tartar that shells had fallen on the school.") == {""}
