"""A speaker named with an age between commas before "who said" is the claimant."""
import datetime as dt

from geo.extract import extract_text


def _events(text, day=dt.date(2023, 10, 5)):
    return [(name, e["layer"], e["claimed_by"]) for e in extract_text(text, day) for name in e["place"].split(";")]


def _layers(text):
    return {(name, layer) for name, layer, _ in _events(text)}


# a speaker with an age between commas

def test_speaker_named_with_age_before_who_said():
    events = _events("The weekly spoke to Anushavan Petrosyan, 71, who said that Sarushen was shelled for an hour.")
    assert any(name == "Sarushen" and "Anushavan Petrosyan" in (claim or "") for name, _, claim in events)


def test_a_bare_number_before_who_said_names_no_one():
    # negative case: no name before the number
    events = _events("The weekly counted 71, who said that Sarushen was shelled for an hour.")
    assert not any("71" in (claim or "") for _, _, claim in events)
