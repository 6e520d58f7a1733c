"""Reports told as the internet's, no outlet named ("reports spread on the internet said", "internet reports said",
"online reports said", "reports circulating online claimed") are a claimant of their own, read as media with the words
kept ("media (internet reports)", "media (online reports)"); "the same posts" in the sentence after is that source
again. Reports about the internet, soldiers at "the same posts" and the press's unconfirmed reports keep their own
reading."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 9, 1)


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def test_reports_spread_on_the_internet(gazetteer):
    events = _events("Reports spread on the internet said there had been a shootout near Agarak.", gazetteer)
    assert events and events[0]["claimed_by"] == "media (internet reports)"


def test_internet_reports(gazetteer):
    events = _events("Internet reports said Tegh was shelled overnight.", gazetteer)
    assert events and events[0]["claimed_by"] == "media (internet reports)"


def test_online_reports(gazetteer):
    events = _events("Reports circulating online claimed that Tegh was shelled.", gazetteer)
    assert events and events[0]["claimed_by"] == "media (online reports)"


def test_the_same_posts_again(gazetteer):
    text = ("Reports spread on the internet said there had been a shootout near Agarak.\n"
            "The same posts claimed that Azerbaijani troops had fired towards Tegh.")
    events = [e for e in _events(text, gazetteer) if e["place"] == "Tegh"]
    assert events and events[0]["claimed_by"] == "media (internet reports)"


# near sentences

def test_unconfirmed_reports_stay_the_press(gazetteer):
    events = _events("Unconfirmed reports said there had been a shootout near Agarak.", gazetteer)
    assert events and events[0]["claimed_by"] == "media"


def test_soldiers_at_the_same_posts_speak_for_themselves(gazetteer):
    text = ("Online reports said Tegh was shelled on Monday.\n"
            "Soldiers at the same posts said shells fell near Kornidzor on Tuesday.")
    events = [e for e in _events(text, gazetteer) if e["place"] == "Kornidzor"]
    assert events and "online" not in events[0]["claimed_by"]


def test_reports_about_the_internet_name_no_source(gazetteer):
    events = _events("Reports on the internet outage in Goris were denied.", gazetteer)
    assert all(not e["claimed_by"] for e in events)
