"""A speaker named before "said" in apposition ("the governor, A B, said ...") keeps the claim when the words after
"said" open a list of names with a verb after the last ("said X, Y and Z were under blockade"): the first name of the
list is what is said, not an inverted speaker. An inverted speaker after a clause ("..., said A B, the governor")
is still read."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 9, 1)


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def _claimants(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in _events(text, gazetteer)}


def test_list_of_three_after_said(gazetteer):
    found = _claimants("Speaking to reporters, the governor, Aram Petrosyan, said Tegh, Shurnukh and Goris were now "
                       "under blockade.", gazetteer)
    assert found and set(found.values()) == {"Aram Petrosyan"}


def test_list_of_two_after_said(gazetteer):
    events = [e for e in _events("The mayor, Aram Petrosyan, said Tegh and Kornidzor had been cut off.", gazetteer)]
    assert events and all(e["claimed_by"] == "Aram Petrosyan" for e in events)


def test_list_with_remained(gazetteer):
    events = _events("The mayor, Aram Petrosyan, said Shurnukh, Khnatsakh and Goris remained cut off.", gazetteer)
    assert events and all(e["claimed_by"] == "Aram Petrosyan" for e in events)


# near sentences: an inverted speaker after a clause is still read

def test_inverted_speaker_with_role(gazetteer):
    events = _events("The road to Goris is closed, said Aram Petrosyan, the governor.", gazetteer)
    assert events and events[0]["claimed_by"] == "Aram Petrosyan"


def test_inverted_speaker_then_and(gazetteer):
    events = _events("The road to Goris was closed on Monday, said Aram Petrosyan, and traffic went through Tatev.",
                     gazetteer)
    assert events and all(e["claimed_by"] == "Aram Petrosyan" for e in events)


def test_inverted_pair_of_speakers(gazetteer):
    events = _events("The road to Goris was closed, said Aram Petrosyan and Narek Babayan.", gazetteer)
    assert events and "Aram Petrosyan" in events[0]["claimed_by"]
