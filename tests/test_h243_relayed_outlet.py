"""A speaker who passes on an outlet's report ("Samir said Trend had reported that ...", "Nigar said Report had
written yesterday that ...", "Elvin added that ..., as Azernews reported") leaves the claim to the outlet, the
innermost source: the perfect of its verb and a day between it and "that" keep the outlet a teller, and a bare
capitalised word so relayed mid-sentence is the outlet's name ("Report"). A speaker the
press names as a source (a surname, an official) keeps the words the outlet carried; a speaker with no outlet after
him keeps his own; a nested teller that is no report ("had written a letter") names no one new."""

import datetime as dt

import pytest

from geo.extract import extract_text
from tests.helpers import claimants

PUBLISHED = dt.date(2024, 4, 10)


@pytest.mark.parametrize("text, place, expected", [
    ("Samir said Trend had reported that two families moved back to Aghdam.", "Aghdam", "Azerbaijani media"),
    # (an outlet whose name is a common word, relayed mid-sentence by its bare name: that outlet)
    ("Nigar said Report had written yesterday that a school will be rebuilt in Lachin.", "Lachin", "Report"),
    ("Our treasurer said Armenpress has reported that the road to Goris was shut.", "Goris", "Armenian media"),
    ("Elvin added that a clinic is to open in Zangilan, as Azernews reported.", "Zangilan", "Azerbaijani media"),
    ("Leyla said that the mosque in Shusha will be restored, as Trend reported.", "Shusha", "Azerbaijani media"),
])
def test_a_relayed_outlets_report_is_its_claim(gazetteer, text, place, expected):
    assert claimants(text, gazetteer, PUBLISHED)[place] == expected


@pytest.mark.parametrize("text, place, expected", [
    # an official named by surname: the outlet carried his words, his claim
    ("Mkrtchyan said that the road to Goris was shut, as Armenpress reported.", "Goris", "Mkrtchyan"),
    ("Hovhannisyan added that Martakert was shelled again, as Armenpress reported.", "Martakert", "Hovhannisyan"),
    # no outlet after the speaker: his own words
    ("Samir said two families moved back to Aghdam.", "Aghdam", "Samir"),
    # a letter written, no report: the speaker's
    ("Samir said Leyla had written a letter in Aghdam.", "Aghdam", "Samir"),
])
def test_a_source_or_no_report_keeps_the_speaker(gazetteer, text, place, expected):
    assert claimants(text, gazetteer, PUBLISHED)[place] == expected


@pytest.mark.parametrize("text", [
    "The report said two families moved back to Aghdam.",
    # the word opening the sentence, relayed by no one: no outlet's name
    "Report said that two families moved back to Aghdam.",
])
def test_a_report_relayed_by_no_speaker_is_no_outlet(gazetteer, text):
    assert claimants(text, gazetteer, PUBLISHED)["Aghdam"] == ""


def test_the_relayed_report_keeps_place_layer_and_day(gazetteer):
    events = extract_text("Samir said Trend had reported that two families moved back to Aghdam on Monday.",
                          PUBLISHED, gazetteer)
    (event,) = [e for e in events if e["place"] == "Aghdam"]
    assert event["layer"] == "other"
    assert event["start_date"] == "2024-04-08"
    assert event["claimed_by"] == "Azerbaijani media"
