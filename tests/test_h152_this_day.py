"""heldout152: "On this day in 1992" in a notice dated 18 June is 18 June 1992, not the whole year."""
import datetime as dt

from geo.dates import find_dates

PUBLISHED = dt.date(2019, 3, 4)


def test_this_day_in_a_year_is_the_notices_day_that_year():
    spans = find_dates("On this day in 1994 a shell hit the school in the village.", PUBLISHED)
    assert [(s.start, s.end, s.precision) for s in spans] == [(dt.date(1994, 3, 4), dt.date(1994, 3, 4), "day")]


def test_this_very_day_too():
    spans = find_dates("This very day in 1994 the bridge was blown up.", PUBLISHED)
    assert [(s.start, s.precision) for s in spans] == [(dt.date(1994, 3, 4), "day")]


def test_a_year_alone_stays_a_year():
    spans = find_dates("In 1994 a shell hit the school in the village.", PUBLISHED)
    assert [(s.start, s.end, s.precision) for s in spans] == [(dt.date(1994, 1, 1), dt.date(1994, 12, 31), "year")]


def test_that_day_is_not_this_day():
    # "that day" is a day told before, not the notice's own
    spans = find_dates("On that day in 1994 a shell hit the school.", PUBLISHED)
    assert all(s.start != dt.date(1994, 3, 4) for s in spans)
