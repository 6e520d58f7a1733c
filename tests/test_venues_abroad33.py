"""Venues abroad of talks: a place heading its paragraph before a colon, a meeting set for a place, talks begun at
a body's session, and who set the meeting (sentences written for these tests)."""
import datetime as dt

import pytest

from geo.extract import extract_text

LEAD = "Fighting was reported near Fuzuli on Monday. "


def _events(sentence):
    return {e["place"]: e for e in extract_text(LEAD + sentence, dt.date(2023, 6, 30)) if e["place"] != "Fuzuli"}


@pytest.mark.parametrize("sentence, place", [
    ("Oslo: the two ministers met the mediator on 14 May.", "Oslo"),
    ("Riga again: a second round of talks opened on Tuesday.", "Riga"),
    ("Espoo, Finland: the Hanasaari centre hosted talks from 2 to 5 June.", "Espoo"),
    ("Villa Borghese, Rome: the envoy welcomed both ministers for discussions on 3 March.", "Rome"),
    ("The president has set the next leaders' meeting for Vienna on 3 August.", "Vienna"),
    ("The envoy welcomed both ministers, continuing discussions begun at the UN General Assembly in New York.",
     "New York"),
    ("Bulboaca: the leaders met at a winery on 1 June.", "Bulboaca"),
])
def test_venue_abroad_is_a_meeting(sentence, place):
    assert _events(sentence)[place]["layer"] == "other"


@pytest.mark.parametrize("sentence", [
    "Oslo: prices rose by two percent in May.",
    "Espoo, Finland: the Hanasaari centre hosted talks from 2 to 5 June.",
])
def test_heading_keeps_no_other_place(sentence):
    assert set(_events(sentence)) <= {"Espoo"}


@pytest.mark.parametrize("sentence", [
    "Jean Dupont chairs the mediation. Dupont has set the next round of talks for Vienna on 3 August.",
    "Jean Dupont chairs the mediation. Dupont has scheduled the leaders' next meeting for Vienna.",
])
def test_who_set_the_meeting_claims_it(sentence):
    assert _events(sentence)["Vienna"]["claimed_by"] == "Dupont"
