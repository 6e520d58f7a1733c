"""Dates: a part of the day with no day of its own ("In the afternoon ...") is the day the sentence before stated,
"yesterday" too; a night told "from ... on Saturday until ... on Sunday" is dated by its first day."""

import datetime as dt

from geo.dates import find_dates
from tests.helpers import rows

PUBLISHED = "2023-06-16"     # a Friday


def _date_of(place, text, gazetteer):
    """The first day of the place's row."""
    return next(str(c["start_date"]) for c in rows(text, gazetteer, PUBLISHED) if c["place_name"] == place)


def test_in_the_afternoon_after_yesterday_is_yesterday(gazetteer):
    text = ("Azerbaijani units fired mortars at Sotk yesterday, the ministry said. "
            "In the afternoon a soldier was wounded near Tegh, the ministry added.")
    assert _date_of("Tegh", text, gazetteer).startswith("2023-06-15")


def test_in_the_afternoon_after_a_stated_day_is_that_day(gazetteer):
    text = ("On 12 June shells hit houses in Sotk, officials said. "
            "A shepherd was wounded near Tegh in the afternoon, the police said.")
    assert _date_of("Tegh", text, gazetteer).startswith("2023-06-12")


def test_in_the_afternoon_with_no_day_before_is_the_day_of_publication():
    spans = find_dates("In the afternoon a shell fell near the school.", dt.date(2023, 6, 16))
    assert [s.start for s in spans] == [dt.date(2023, 6, 16)]


def test_a_night_from_saturday_until_sunday_is_dated_by_saturday():
    spans = find_dates("From 22:10 on Saturday until about five on Sunday morning, units fired at the posts.",
                       dt.date(2023, 7, 10))
    assert [s.start for s in spans] == [dt.date(2023, 7, 8)]


def test_two_days_told_apart_stay_two():
    spans = find_dates("Shots were fired on Saturday, and on Sunday the road was closed.", dt.date(2023, 7, 10))
    assert [s.start for s in spans] == [dt.date(2023, 7, 8), dt.date(2023, 7, 9)]
