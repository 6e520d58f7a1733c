"""An outlet "citing the ministry" right after a sentence that quoted a ministry relays that ministry, though the
outlet is of another side; with no ministry quoted just before, the outlet's own side stays."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 3, 16)
SAID = "The emergency ministry said on Monday that the road from Ijevan to Dilijan was closed to traffic."
CITED = "On 2 March the same road from Ijevan to Dilijan was shut, Artsakhpress reported, citing the ministry."


def _claims(text):
    return [e["claimed_by"] for e in extract_text(text, DAY)]


def test_the_ministry_quoted_just_before():
    assert _claims(SAID + "\n" + CITED) == ["Armenian government (Ministry of Emergency Situations)"] * 2


def test_no_ministry_before_keeps_the_outlets_side():
    assert _claims(CITED) == ["Nagorno-Karabakh authorities"]


def test_residents_before_are_no_ministry():
    text = "Gunfire was heard in Berd on Monday, residents said.\n" + CITED
    assert _claims(text)[-1] == "Nagorno-Karabakh authorities"
