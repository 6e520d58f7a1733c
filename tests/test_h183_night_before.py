"""'The night before' inside a clause counts back a day, as before punctuation (older sets: heldout162, heldout183)."""
import datetime as dt

from geo.extract import extract_text


def _dates(text, day=dt.date(2022, 5, 7)):
    return {e["place"]: e["start_date"] for e in extract_text(text, day)}


def test_night_before_then_preposition_counts_back():
    text = "On 5 May the ministry said that saboteurs had laid mines the night before between its positions near Lachin."
    assert str(_dates(text)["Lachin"]) == "2022-05-04"


def test_night_before_then_punctuation_still_counts_back():
    text = "On 5 May the ministry said that saboteurs had laid mines the night before, near Lachin."
    assert str(_dates(text)["Lachin"]) == "2022-05-04"


def test_day_before_an_event_is_not_counted_back():
    text = "On 5 May the ministry said that saboteurs had laid mines near Lachin the day before the talks began."
    assert str(_dates(text)["Lachin"]) == "2022-05-05"
