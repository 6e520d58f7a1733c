"""Dates: "earlier in the day" in a report that names no other day is the day of the report; a place counted back
from the day the sentence told ("hit again yesterday, a day after the village of X") takes the earlier day; and the
years counted before "since" are read as every other count of years is ("twenty years have passed since ... 2 April"
looks twenty years back, not one). All three are common ways news tells a day without writing it."""

import datetime as dt

from geo.dates import anniversary_years, find_dates
from tests.helpers import rows


def _row(place, text, gazetteer, published):
    return next(c for c in rows(text, gazetteer, published) if c["place_name"] == place)


def test_earlier_in_the_day_with_no_day_told_before_is_the_report_s_day(gazetteer):
    text = ("Drones struck a warehouse in Goris, the governor said, giving no figures.\n\n"
            "The governor later wrote that the strike followed shelling of Berd earlier in the day.")
    row = _row("Berd", text, gazetteer, "2021-05-20")
    assert row["start_date"].startswith("2021-05-20") and row["date_text"]


def test_that_day_with_no_day_told_before_stays_undated():
    assert find_dates("Shells fell on the town that day.", dt.date(2021, 5, 20)) == []


def test_a_village_hit_a_day_before_the_day_told_takes_the_earlier_day(gazetteer):
    text = "The mayor said Berd was shelled again on Tuesday, a day after the village of Tegh."
    assert _row("Tegh", text, gazetteer, "2021-05-20")["start_date"].startswith("2021-05-17")
    assert _row("Berd", text, gazetteer, "2021-05-20")["start_date"].startswith("2021-05-18")


def test_days_after_an_event_told_as_a_clause_give_no_place_a_day():
    found = find_dates("He confirmed on Wednesday that troops held Tegh, four days after Azerbaijani units attacked.",
                       dt.date(2021, 5, 20))
    assert [d.start for d in found] == [dt.date(2021, 5, 19)]


def test_twenty_years_since_a_day_to_come_this_year_looks_twenty_years_back():
    found = find_dates("Twenty years have passed since the flood of 2 June swept the valley.", dt.date(2021, 5, 20))
    assert [d.start for d in found] == [dt.date(2001, 6, 2)]


def test_fifteen_and_twenty_one_years_since_are_read_as_written():
    published = dt.date(2021, 5, 20)
    fifteen = find_dates("Fifteen years have passed since the bridge fell on 2 June.", published)
    twenty_one = find_dates("Twenty-one years have passed since we left on 2 June.", published)
    assert [d.start for d in fifteen] == [dt.date(2006, 6, 2)]
    assert [d.start for d in twenty_one] == [dt.date(2000, 6, 2)]


def test_a_year_since_still_looks_one_year_back():
    found = find_dates("A year has passed since the road closed on 2 June.", dt.date(2021, 5, 20))
    assert [d.start for d in found] == [dt.date(2020, 6, 2)]


def test_the_anniversary_opener_reads_counts_the_same_way():
    assert anniversary_years("Thirteen years ago today the dam broke.") == 13
    assert anniversary_years("Twenty-two years ago this week the road opened.") == 22
