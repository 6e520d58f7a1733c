""""A year ago yesterday" is one day: yesterday's, a year back (heldout153 reading round)."""
import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text

PUBLISHED = dt.date(2022, 6, 9)


def _days(sentence):
    return [(d.start, d.precision) for d in find_dates(sentence, PUBLISHED)]


def test_a_year_ago_yesterday_is_one_day():
    assert _days("A year ago yesterday the bridge was blown up.") == [(dt.date(2021, 6, 8), "day")]


def test_two_years_ago_yesterday():
    assert _days("Two years ago yesterday, shells fell on the market.") == [(dt.date(2020, 6, 8), "day")]


def test_event_dated_a_year_ago_yesterday():
    events = extract_text("A year ago yesterday, drones struck Martakert, the villagers recall.", PUBLISHED)
    assert [e["start_date"] for e in events if e["place"] == "Martakert"] == ["2021-06-08"]


def test_a_year_ago_today_unchanged():
    assert _days("A year ago today the bridge was blown up.") == [(dt.date(2021, 6, 9), "day")]


def test_year_ago_and_yesterday_apart_stay_two():
    # "a year ago" and "yesterday" told apart are two times, not one day
    spans = _days("A year ago, and again yesterday, the village was shelled.")
    assert (dt.date(2022, 6, 8), "day") in spans and len(spans) == 2
