"""heldout187, second round: a numbered outlet's name, an answer dated before its "that", and the speaker of a
clause of time opening the sentence."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 6, 1)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_numbered_outlet_is_the_claimant():
    assert _claims("Radio 7, a Georgian station, has written that shells fell on Tegh.")["Tegh"] == "Radio 7"
    assert _claims("Channel 9 reported that shells fell on Tegh.")["Tegh"] == "Channel 9"


def test_numbered_place_is_no_outlet():
    # a hill's number names a place, not a speaker
    assert _claims("Hill 404 said nothing to us, and shells fell on Tegh.")["Tegh"] == ""


def test_answer_with_a_day_before_that():
    assert _claims("Yerevan answered on 3 June that shells fell on Tegh.")["Tegh"] == "Armenian government"
    assert _claims("Yerevan replied in a letter that shells fell on Tegh.")["Tegh"] == "Armenian government"


def test_answer_with_fire_is_no_claim():
    assert _claims("The troops answered on Monday with fire near Tegh.")["Tegh"] == ""


def test_main_clause_speaker_after_a_clause_of_time():
    text = "After Baku said in March that the road was open, Yerevan answered that shells fell on Tegh."
    assert _claims(text)["Tegh"] == "Armenian government"
    text = "When Baku claimed that the road was open, Yerevan replied that shells fell on Tegh."
    assert _claims(text)["Tegh"] == "Armenian government"


def test_speaker_who_relays_keeps_the_claim():
    # no clause of time: the second speaker is inside the first one's words
    text = "Baku said in March that the road was open, and that Yerevan answered that shells fell on Tegh."
    assert _claims(text)["Tegh"] == "Azerbaijani government"


def test_etchmiadzin_speaks_for_the_church():
    assert _claims("Etchmiadzin answered that its priests were still serving at Tegh.")["Tegh"] == "Armenian Church"


def test_response_by_a_deed_is_no_claim():
    # "responded by building roads that ...": a deed, its "that" a relative clause
    assert _claims("Yerevan responded by building new roads that lead around Tegh.")["Tegh"] == ""
