"""A weekday counted within a month ("the first Sunday of October") is that day, not the latest Sunday."""
import datetime as dt

import pytest

from geo.dates import find_dates

CASES = [
    # (sentence, published, expected start)
    ("We drove to the border post on the first Sunday of October and found it shut.", "2021-10-12", "2021-10-03"),
    ("The talks resumed on the last Friday of March 2019 in Vienna.", "2022-01-01", "2019-03-29"),
    ("Farmers met the governor on the second Tuesday in May.", "2023-03-01", "2022-05-10"),
    ("The market will open on the third Monday of June.", "2023-03-01", "2023-06-19"),
    ("Shepherds were turned back on the fourth Saturday of August, the villagers said.", "2020-09-15", "2020-08-22"),
]


@pytest.mark.parametrize("sentence,published,expected", CASES)
def test_nth_weekday_of_month(sentence, published, expected):
    spans = find_dates(sentence, dt.date.fromisoformat(published))
    assert [s.start.isoformat() for s in spans] == [expected]
    assert spans[0].precision == "day"


def test_plain_weekday_unchanged():
    spans = find_dates("Shelling hit the ridge on Sunday.", dt.date(2021, 10, 12))
    assert [s.start.isoformat() for s in spans] == ["2021-10-10"]
