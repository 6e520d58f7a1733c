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


def _point(text, place):
    """The map point of the first event at ``place``."""
    return next(e["coordinates"][0] for e in extract_text(text, dt.date(2023, 6, 30)) if e["place"] == place)


@pytest.mark.parametrize("text", [
    "The envoys met in Arlington, a short drive from Washington, on Tuesday.",
    "Arlington, Virginia: the envoys met on Tuesday. Talks resumed in Arlington on Friday.",
    "The envoys met in Arlington on Tuesday, the host said in a statement from Virginia.",
])
def test_namesake_abroad_the_article_points_to(text):
    lon, lat = _point(text, "Arlington")
    assert lon < -76 and lat > 38            # Arlington of Virginia, not the bigger one of Texas


def test_namesake_abroad_with_nothing_said_keeps_the_first_reading():
    lon, _ = _point("The envoys met in Arlington on Tuesday.", "Arlington")
    assert lon < -90


def test_a_state_is_no_town_of_another_country():
    text = "The envoys met in Washington on Monday and moved to a quiet house in Virginia on Tuesday."
    assert "Virginia" not in {e["place"] for e in extract_text(text, dt.date(2023, 6, 30))}


@pytest.mark.parametrize("sentence, place", [
    ("The delegations spent the whole week at a lakeside hotel in Geneva.", "Geneva"),
    ("Three ministers sat for two days in an old castle in Vienna, the hosts said.", "Vienna"),
    ("Vienna again: a third round began at the same palace on Monday.", "Vienna"),
])
def test_diplomats_gathered_without_a_meeting_word(sentence, place):
    assert _events(sentence)[place]["layer"] == "other"


@pytest.mark.parametrize("sentence", [
    "The tourists spent two days in Vienna before flying home.",
    "A second round hit the roof of the school.",
])
def test_no_gathering_without_diplomats_or_talks(sentence):
    assert "Vienna" not in _events(sentence)
