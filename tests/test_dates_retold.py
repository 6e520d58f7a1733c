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


@pytest.mark.parametrize("text, narrative, expected", [
    # the history's New Year lies between: a late December day before an early January narrative is the year before
    ("The offensive had opened on 27 December.", "1994-01-04", "1993-12-27"),
    ("Rain had fallen since 30 December.", "1994-01-04", "1993-12-30"),
    ("In December the passes had already frozen.", "1994-01-04", "1993-12-01"),
])
def test_a_day_just_before_a_narrative_s_new_year_is_the_year_before(text, narrative, expected):
    found = find_dates(text, dt.date(2023, 6, 1), dt.date.fromisoformat(narrative))
    assert found[0].start == dt.date.fromisoformat(expected)


def test_a_late_december_day_is_the_news_of_a_report_of_early_january(gazetteer):
    # the month before publication, across New Year, is the report's own news, not the history's it tells
    text = ("The battle for the heights above Vardenis began on 20 December 1993.\n\n"
            "Shells hit Vardenis again on 29 December, the local council said.")
    assert dates(text, gazetteer, "2024-01-03")["Vardenis"] == "2023-12-29"
    # and with no history, a weekday and a day of late December are last year's
    assert dates("Shells hit Vardenis on Friday.", gazetteer, "2024-01-03")["Vardenis"] == "2023-12-29"
    assert dates("Shells hit Vardenis on 29 December.", gazetteer, "2024-01-03")["Vardenis"] == "2023-12-29"


@pytest.mark.parametrize("text, expected", [
    # a month just before the narrative's day, in its year, told as looking back
    ("In March the brigade had dug in along the Araz.", "1994-03-01"),
    ("Earlier, in February, the first convoys reached Hadrut.", "1994-02-01"),
    # a month after it goes on with the history, as before
    ("In June the front fell quiet.", "1994-06-01"),
])
def test_a_month_shortly_before_the_narrative_s_day_is_the_history_s(text, expected):
    found = find_dates(text, dt.date(2023, 11, 1), dt.date(1994, 4, 11))
    assert [d.start.isoformat() for d in found] == [expected]


def test_a_month_after_a_background_date_told_forward_is_the_report_s(gazetteer):
    # "in September 2022" dates the background; "in August", told with no looking back, is this year's
    text = ("The border villages were shelled before the truce in September 2022.\n\n"
            "The two ministers met in Tbilisi in August and agreed to open the Ijevan road.")
    assert dates(text, gazetteer, "2024-11-20")["Tbilisi"] == "2024-08-01"


def test_a_history_s_month_before_its_day_keeps_the_history_s_year(gazetteer):
    text = ("On 11 April 1994 the defenders of Martuni counted their losses.\n\n"
            "In March, shells had fallen on Martuni almost daily.")
    found = [c for c in extract_text(text, dt.date(2024, 5, 2), gazetteer, source="test")
             if c["sentence"] == 1 and c["place_name"] == "Khojavend"]
    assert [c["start_date"] for c in found] == ["1994-03-01"]


@pytest.mark.parametrize("text, published, expected", [
    # the month of publication, or the one just ended, is the report's own news after a history of last year
    ("The office reported in early April that 300 families had moved back.", "2025-05-10", "2025-04-01"),
    ("The office reported in early April that 300 families had moved back.", "2025-04-10", "2025-04-01"),
    # further from publication, it goes on with the history
    ("The office reported in early April that 300 families had moved back.", "2025-09-10", "2024-04-01"),
])
def test_a_month_near_publication_is_the_report_s_own_after_a_history(text, published, expected):
    found = find_dates(text, dt.date.fromisoformat(published), dt.date(2024, 3, 1))
    assert [d.start.isoformat() for d in found] == [expected]
