"""A day of the month a state has lasted since ("closed since the 10th") starts on that day of the publication's
month (or the month before, for a day still to come in it)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 7, 24)


def _dates(text):
    return {place: e["start_date"] for e in extract_text(text, DAY) for place in e["place"].split(";")}


def test_closed_since_a_day_of_this_month():
    assert _dates("The road through Berd has been shut since the 9th.")["Berd"] == "2024-07-09"


def test_since_a_later_day_is_last_month():
    assert _dates("The road through Berd has been shut since the 28th.")["Berd"] == "2024-06-28"


def test_since_a_century_is_no_day():
    assert _dates("The road through Berd has been used since the 13th century.")["Berd"] == DAY.isoformat()
