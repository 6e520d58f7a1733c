"""Dates: a day told after "a year has passed since" or "months since" is before publication, even when its day of
the publication's year falls in the weeks just after it."""

import datetime as dt

from geo.dates import find_dates


def test_a_day_a_year_has_passed_since_is_last_years():
    spans = find_dates("Almost a year has passed since our family fled Khramort on 28 February, under fire.",
                       dt.date(2021, 2, 10))
    assert [s.start for s in spans if s.precision == "day"] == [dt.date(2020, 2, 28)]


def test_a_day_months_since_is_in_the_past():
    spans = find_dates("It is now eleven months since the bridge at Hakari was closed on 20 March.",
                       dt.date(2024, 3, 1))
    assert [s.start for s in spans if s.precision == "day"] == [dt.date(2023, 3, 20)]

