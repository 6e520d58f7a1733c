"""The readers' kin and a named member's home, told with nothing happening there, are no events: "several of you have
relatives in the X villages, and some of you asked about Y" (the readers addressed, before another place's news, as
"several of our members have relatives in X" is), "one of our runners, Lilit, comes from the X villages" (a member
named after a comma, as "one of our runners comes from"). Harm told of those places, the readers' kin's home alone
(what the writer goes on to report), or a day's news of the member keeps them."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2022-11-23"):
    return {p for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer) for p in e["place"].split(";")}


def test_readers_relatives_in_a_districts_villages(gazetteer):
    got = _places("Several of you have relatives in the Goris villages, and some of you have asked what is happening "
                  "in Tegh.", gazetteer)
    assert "Goris" not in got


def test_named_member_comes_from_a_districts_villages(gazetteer):
    got = _places("One of our players, Ani, comes from the Goris villages, and she asked for a note about her home.",
                  gazetteer)
    assert "Goris" not in got


# --- near sentences where the rule must not fire ---

def test_relatives_in_villages_that_were_shelled(gazetteer):
    got = _places("Several of you have relatives in the Goris villages that were shelled overnight.", gazetteer)
    assert "Goris" in got


def test_readers_kin_home_alone_is_what_follows(gazetteer):
    got = _places("Many of you have family in the Goris villages, so here is what was reported this week.", gazetteer)
    assert "Goris" in got


def test_named_member_from_villages_told_shelled(gazetteer):
    got = _places("One of our players, Ani, comes from the Goris villages, which were shelled on Monday.", gazetteer)
    assert "Goris" in got


def test_named_member_came_with_a_days_news(gazetteer):
    got = _places("One of our players, Ani, came to Goris on Monday to deliver blankets.", gazetteer)
    assert "Goris" in got
