"""The writer's own people who come in from where they live, anywhere in the sentence ("since several of our players
come in from the villages of the X district", "as two of our singers travel in from Y") are commuters: their homes,
no event there. War told at the home, a trip on a day told, or others' people coming in keep the place."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2016-04-29"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_players_come_in_from_the_villages_of_a_district(gazetteer):
    got = _places("The coach cancelled Saturday's practice, since several of our players come in from the villages "
                  "of the Askeran district.", gazetteer)
    assert got == {}


def test_singers_travel_in_from_a_town(gazetteer):
    assert _places("Training is on Tuesdays, as two of our singers travel in from Askeran.", gazetteer) == {}


# --- near sentences where the rule must not fire ---

def test_war_told_at_the_home_is_kept(gazetteer):
    got = _places("Several of our players come in from Askeran, where shells fell on Monday.", gazetteer)
    assert got.get("Askeran") == "shelling"


def test_a_trip_on_a_day_told_is_kept(gazetteer):
    got = _places("Several of our players came in from Askeran on Monday after the road reopened.", gazetteer)
    assert "Askeran" in got


def test_refugees_coming_in_are_kept(gazetteer):
    got = _places("Refugees come in from the villages of the Askeran district every day, the mayor said.", gazetteer)
    assert "Askeran" in got
