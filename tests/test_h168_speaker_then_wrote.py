"""A speaker named before an aside and a time word ("X, who speaks for the ministry, then wrote that") is the
claimant, as without the time word."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 3)


def _claimants(text):
    return {e["claimed_by"] for e in extract_text(text, DAY)}


def test_a_speaker_before_an_aside_then_writing_claims():
    text = ("Artsrun Hovhannisyan, who speaks for Armenia's defence ministry, later wrote that a drone had hit a house "
            "in Berd.")
    assert _claimants(text) == {"Armenian MoD"}
    text = "Anar Eyvazov, the ministry's spokesman, then said that shells had fallen on Tartar overnight."
    assert _claimants(text) == {"Azerbaijani MoD"}


def test_an_opening_clause_before_the_speaker_is_no_speaker():
    # the comma closes a time clause, not an aside about the speaker
    text = "After the sirens stopped, villagers then said that shells had fallen on Tartar."
    assert _claimants(text) == {"residents"}
