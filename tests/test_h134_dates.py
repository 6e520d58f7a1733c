""""That same day" in a sentence whose only other time is the year a report was written keeps the day told before;
beside another day of its own sentence it is that day, as before."""

import datetime as dt

from geo.dates import find_dates

PUBLISHED = dt.date(2019, 3, 1)


def test_same_day_after_the_year_of_the_report():
    spans = find_dates("The agency wrote in 2017 that a rally was held in Ganja that same day.", PUBLISHED,
                       told=dt.date(1990, 1, 13))
    assert [s.start for s in spans if s.precision == "day"] == [dt.date(1990, 1, 13)]


def test_same_day_beside_a_stated_day_is_that_day():
    spans = find_dates("They used both roads on the same day for the first time on Monday 18 September.", PUBLISHED,
                       told=dt.date(1990, 1, 13))
    assert [s.text for s in spans] == ["18 September"]
