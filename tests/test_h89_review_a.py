"""A weekday's day is not moved to a year the article wrote alone ("the 1994 ceasefire", "by 2030"), and a place
written "in Baku.Az" is no web address."""
import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _one(text, published, gazetteer):
    events = extract_text(text, published, gazetteer=gazetteer)
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize("text, day", [
    # a current story's weekday written wrongly keeps its own year, not a year named in passing
    ("Stepanakert, 6 October. The 1994 ceasefire has collapsed. On Tuesday 27 September shelling hit Stepanakert, "
     "officials said.", "2020-09-27"),
    ("Residents still recall the events of 1988. On Tuesday 27 September a shell hit Barda, the ministry said.",
     "2020-09-27"),
    ("A book published in 1990 described the old town. On Thursday 27 September shells fell on Martuni, the "
     "ministry said.", "2020-09-27"),
    # nor a year to come
    ("Officials hope the road will be rebuilt by 2030. On Friday 27 September shelling hit Stepanakert, the "
     "ministry said.", "2019-09-27"),
])
def test_weekday_not_moved_to_a_year_named_alone(gazetteer, text, day):
    assert _one(text, dt.date(2020, 10, 6), gazetteer)["start_date"] == day


def test_year_written_with_its_month_still_dates_the_weekday(gazetteer):
    events = extract_text("In February 1988 violence broke out in Sumgait. On Saturday 27 February crowds attacked "
                          "Armenians in Sumgait, witnesses said.", dt.date(2018, 3, 1), gazetteer=gazetteer)
    assert "1988-02-27" in [e["start_date"] for e in events]


def test_place_before_a_dot_with_capitals_is_no_web_address(gazetteer):
    event = _one("Shells hit Tartar, according to the ministry in Baku.Az several villages were damaged.",
                 dt.date(2020, 10, 6), gazetteer)
    assert event["claimed_by"] == "Azerbaijani government"


def test_web_address_with_capitalised_ending_still_kept(gazetteer):
    event = _one("Shells hit Tartar, according to Oxu.Az.", dt.date(2020, 10, 6), gazetteer)
    assert event["claimed_by"]
