"""Days read from heldout141's wordings: a span opened on a weekday written with its calendar day, a feast named
beside "yesterday", and a day counted on from the one before with a part of the day in front of it."""

import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text


def _spans(sentence, published):
    return [(d.start, d.end, d.kind) for d in find_dates(sentence, published)]


def _event(text, place, published):
    return next(e for e in extract_text(text + "\n", published) if place in e["place"].split(";"))


# --- "since Sunday 15 November": the span opens on the calendar day, not on the last Sunday before publication ---

def test_since_a_weekday_with_its_day_opens_on_that_day():
    assert _spans("Guards have stood at the gate since Sunday 15 November.", dt.date(2020, 11, 26)) == [
        (dt.date(2020, 11, 15), None, "since")]


def test_since_a_weekday_with_its_day_after_a_comma_opens_on_that_day():
    assert _spans("Guards have stood there since Sunday, 15 November, when we came.", dt.date(2020, 11, 26)) == [
        (dt.date(2020, 11, 15), None, "since")]


def test_since_a_weekday_alone_is_still_the_last_such_day():
    assert _spans("Guards have stood at the gate since Sunday.", dt.date(2020, 11, 26)) == [
        (dt.date(2020, 11, 22), None, "since")]


def test_a_place_guarded_since_a_weekday_and_day_is_dated_that_day():
    event = _event("Russian troops have guarded Dadivank since Sunday 15 November.", "Dadivank", dt.date(2020, 11, 26))
    assert event["start_date"] == "2020-11-15"


# --- "Yesterday they said their Christmas prayers": the day counted from today, not the feast's day ---

def test_yesterday_beats_a_feast_named_for_the_occasion():
    assert _spans("Yesterday the families held their Christmas service at the church.", dt.date(2021, 1, 9)) == [
        (dt.date(2021, 1, 8), dt.date(2021, 1, 8), "relative")]


def test_a_feast_named_as_the_day_is_still_read():
    assert _spans("On Christmas Day they held a service at the church.", dt.date(2020, 12, 27)) == [
        (dt.date(2020, 12, 25), dt.date(2020, 12, 25), "calendar")]


def test_last_night_keeps_the_feast_named_with_it():
    spans = _spans("Last night, on Christmas Eve, shells fell near the church.", dt.date(2020, 12, 26))
    assert (dt.date(2020, 12, 24), dt.date(2020, 12, 24), "calendar") in spans


# --- "At dawn the next day": the day after the one told before ---

def test_at_dawn_the_next_day_is_the_day_after_the_one_told():
    text = ("On 3 May, officials said, artillery fired on Martuni.\n"
            "At dawn the next day Askeran was shelled.")
    assert _event(text, "Askeran", dt.date(2021, 6, 1))["start_date"] == "2021-05-04"


def test_early_the_following_day_is_the_day_after_the_one_told():
    text = ("On 3 May, officials said, artillery fired on Martuni.\n"
            "Early the following day Askeran was shelled.")
    assert _event(text, "Askeran", dt.date(2021, 6, 1))["start_date"] == "2021-05-04"


def test_a_dawn_with_no_day_counted_stays_undated():
    text = ("On 3 May, officials said, artillery fired on Martuni.\n"
            "At dawn Askeran was shelled.")
    assert _event(text, "Askeran", dt.date(2021, 6, 1))["start_date"] != "2021-05-04"
