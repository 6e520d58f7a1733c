"""A sentence that moves the story to another month with no day ends the day told before it: "the same evening"
after "X was hit in February" is no day of the earlier story."""
import datetime as dt

from geo.extract import extract_text


def _dated(text):
    return [(e["place"], e["start_date"] if e["date_certain"] else None)
            for e in extract_text(text, dt.date(2013, 10, 27))]


def test_the_same_evening_after_a_month_has_no_day():
    text = ("Last Tuesday a patrol came under fire near Berdavan.\n"
            "In February shells hit Aygepar.\n"
            "Dovegh was fired on the same evening.")
    assert ("Dovegh", None) in _dated(text)


def test_the_same_evening_after_a_day_is_that_day():
    # negative case: a month only named as a bound ("since February") leaves the day told before
    text = ("Last Tuesday a patrol came under fire near Berdavan.\n"
            "It was the worst shooting since February.\n"
            "Dovegh was fired on the same evening.")
    assert ("Dovegh", "2013-10-22") in _dated(text)
