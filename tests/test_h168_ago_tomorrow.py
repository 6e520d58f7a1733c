"""A day counted back and then "tomorrow" ("Three weeks ago tomorrow") is the day after the one counted back."""
import datetime

from geo.dates import find_dates

DAY = datetime.date(2020, 11, 12)


def _days(text):
    return [(s.start, s.end) for s in find_dates(text, DAY)]


def test_weeks_ago_tomorrow_is_a_day_later():
    day = datetime.date(2020, 10, 23)
    assert _days("Three weeks ago tomorrow the guns fell silent near Tartar.") == [(day, day)]


def test_year_ago_tomorrow_is_a_day_later():
    day = datetime.date(2019, 11, 13)
    assert _days("A year ago tomorrow the bridge at Hadrut was opened.") == [(day, day)]


def test_ago_alone_and_tomorrows_noun_are_unchanged():
    # negatives: no "tomorrow", or tomorrow's something, leave the day counted back
    day = datetime.date(2020, 10, 22)
    assert _days("Three weeks ago the guns fell silent near Tartar.") == [(day, day)]
    assert _days("Three weeks ago, tomorrow's convoy was planned for Lachin.")[0] == (day, day)
