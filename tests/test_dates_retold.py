"""Retold histories: a month of the history starts its narrative, a day shortly before the narrative's day is still
the history's, and a customary anniversary of the story's own time does not end it."""

import datetime as dt

import pytest

from geo.dates import find_dates
from geo.extract import extract_text


def dates(text, gazetteer, published):
    return {c["place_name"]: c["start_date"]
            for c in extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")}


@pytest.mark.parametrize("text, expected", [
    ("Two days earlier, on 9 April, the first shells had landed on the ridge.", "1994-04-09"),
    ("The ceasefire had been broken on 30 March already.", "1994-03-30"),
])
def test_a_day_shortly_before_the_narrative_s_day_is_the_history_s(text, expected):
    found = find_dates(text, dt.date(2023, 11, 1), dt.date(1994, 4, 11))
    assert found[0].start == dt.date.fromisoformat(expected)


def test_a_month_of_a_history_starts_its_narrative(gazetteer):
    text = ("Twenty-five years ago this month the valley changed hands.\n\n"
            "In March 1994 the commanders met to plan the offensive.\n\n"
            "On 2 April the first units moved towards Martakert.")
    assert dates(text, gazetteer, "2019-04-05")["Martakert"] == "1994-04-02"


def test_a_customary_anniversary_of_the_story_s_time_does_not_end_it(gazetteer):
    text = ("Thirty years ago this month the valley changed hands.\n\n"
            "The first units left Goris on 3 November 1989.\n\n"
            "They reached Kapan on 7 November, when the usual anniversary celebrations had been cancelled.")
    assert dates(text, gazetteer, "2019-11-20")["Kapan"] == "1989-11-07"
