"""Stated dates and claimants read on heldout54 (r54c): a weekday written after a calendar day ("5 April 2021
(Monday)", "on 5 April, a Monday,") only names the weekday of that day and gives no second date."""
import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text


def _events(text, day=dt.date(2021, 11, 20)):
    return {c["place_name"]: c for c in extract_text(text, day)}


def test_weekday_in_brackets_after_a_day_is_no_date_of_its_own():
    spans = find_dates("5 April 2021 (Monday): shells fell on the edge of the town.", dt.date(2021, 11, 20))
    assert [d.start for d in spans] == [dt.date(2021, 4, 5)]


def test_a_monday_after_a_day_is_no_date_of_its_own():
    spans = find_dates("The road was closed on 5 April, a Monday, and opened later.", dt.date(2021, 11, 20))
    assert [d.start for d in spans] == [dt.date(2021, 4, 5)]


def test_chronology_entry_with_weekday_in_brackets_dates_the_fire():
    found = _events("5 April 2021 (Monday): the Armenian Defence Ministry reports Azerbaijani fire on Jermuk, "
                    "with no casualties.")
    assert found["Jermuk"]["start_date"] == "2021-04-05"


def test_weekday_named_for_another_day_is_kept():
    spans = find_dates("Fire hit the village on 5 April 2021 and again on Friday.", dt.date(2021, 4, 10))
    assert [d.start for d in spans] == [dt.date(2021, 4, 5), dt.date(2021, 4, 9)]


def test_today_under_a_day_head_run_into_the_paragraph_is_that_day():
    text = ("Notes from the border\n\n"
            "Tuesday 6 April, afternoon, Goris. The office is quiet. The army said at noon today that "
            "Azerbaijani troops had fired on Jermuk.\n\n"
            "Wednesday 7 April. Calm again.")
    found = _events(text, dt.date(2021, 4, 20))
    assert found["Jermuk"]["start_date"] == "2021-04-06"


def test_a_paragraph_opening_with_a_dated_event_is_no_day_head():
    text = ("On 6 April, troops fired on Jermuk. Shells also fell on Sotk today, the ministry said.")
    found = _events(text, dt.date(2021, 4, 20))
    assert found["Sotk"]["start_date"] == "2021-04-20"
