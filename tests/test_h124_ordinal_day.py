"""An ordinal day told after a month the same sentence names ("In February ... on the evening of the 23rd") is that
month's day, not the day of the month of publication; a sentence that names no month keeps reading it as before."""

import datetime as dt

from geo.dates import find_dates


def _days(sentence, published):
    return [(span.text, span.start) for span in find_dates(sentence, published)]


def test_the_23rd_after_in_february_is_february_23rd():
    found = _days("In February the ministry said its posts near the river had come under fire on the evening of "
                  "the 23rd.", dt.date(2022, 9, 3))
    assert ("on the evening of the 23rd", dt.date(2022, 2, 23)) in found


def test_the_5th_after_in_march_of_a_year_named_is_that_march():
    found = _days("In March 2021 the post was opened, and on the 5th the first lorries were checked.",
                  dt.date(2022, 9, 3))
    assert ("on the 5th", dt.date(2021, 3, 5)) in found


def test_the_14th_without_a_month_is_still_the_latest_14th():
    found = _days("Shells fell on the 14th, the villagers said.", dt.date(2022, 9, 3))
    assert ("on the 14th", dt.date(2022, 8, 14)) in found
