"""heldout158: "a week ago yesterday" is one day, the week counted back from yesterday; "a week ago" and a
"yesterday" apart in the sentence stay two days."""
import datetime as dt

from geo.dates import find_dates

PUBLISHED = dt.date(2001, 3, 12)           # a Monday


def test_a_week_ago_yesterday_is_one_day():
    spans = find_dates("The bridge was blown up a week ago yesterday.", PUBLISHED)
    assert [(s.start, s.precision) for s in spans] == [(dt.date(2001, 3, 4), "day")]


def test_three_days_ago_yesterday():
    spans = find_dates("Three days ago yesterday the road was shut.", PUBLISHED)
    assert [(s.start, s.precision) for s in spans] == [(dt.date(2001, 3, 8), "day")]


def test_a_week_ago_and_yesterday_apart_stay_two_days():
    spans = find_dates("The bridge fell a week ago, and yesterday the road was shut.", PUBLISHED)
    assert [s.start for s in spans] == [dt.date(2001, 3, 5), dt.date(2001, 3, 11)]


def test_a_year_ago_yesterday_is_one_day():
    spans = find_dates("A year ago yesterday the church was hit.", PUBLISHED)
    assert [(s.start, s.precision) for s in spans] == [(dt.date(2000, 3, 11), "day")]


def test_a_year_ago_alone_stays_a_year():
    spans = find_dates("A year ago the church was hit.", PUBLISHED)
    assert [s.precision for s in spans] == ["year"]
