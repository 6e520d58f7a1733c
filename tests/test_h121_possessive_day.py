"""A possessive day ("Monday's blast") dates the thing it names; a place whose own day the sentence states after it
takes that day."""
import datetime as dt

from geo.extract import extract_text


def _dates(text, place):
    return [e["start_date"] for e in extract_text(text, dt.date(2023, 9, 28)) if e["place"] == place]


def test_place_takes_the_day_stated_after_it():
    # published Thursday 28 September: "Tuesday's" is the 26th, "yesterday" the 27th
    text = ("The ministry said a second plane carrying people hurt in Tuesday's fire at the market had landed in "
            "Kapan yesterday.")
    assert _dates(text, "Kapan") == ["2023-09-27"]


def test_possessive_day_alone_still_dates_the_place():
    # negative case: no other day stated, the possessive day is the only one
    text = "The ministry said people hurt in Tuesday's fire at the market were flown to Kapan."
    assert _dates(text, "Kapan") == ["2023-09-26"]
