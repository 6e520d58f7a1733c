""""Two days before that" counts back from the day told before: the day of the sentence before, less the days."""

import datetime as dt

from geo.dates import find_dates
from tests.helpers import rows

PUBLISHED = dt.date(2024, 6, 12)


def test_days_before_that_counts_back_from_the_day_told_before(gazetteer):
    text = ("On Saturday afternoon the rally left Ijevan for Dilijan. "
            "Three days before that, police had cleared the tents at Aygepar and detained a dozen men.")
    dates = {r["place_name"]: r for r in rows(text, gazetteer, PUBLISHED)}
    assert dates["Aygepar"]["start_date"] == "2024-06-05"


def test_days_before_that_without_a_day_told_gives_no_date():
    # negative: no day told before, nothing to count from
    spans = find_dates("Two days before that, the tents were taken down.", PUBLISHED)
    assert spans == []


def test_bare_days_earlier_is_not_counted():
    # negative: "two days earlier" keeps its old reading (left undated)
    spans = find_dates("Two days earlier, the tents were taken down.", PUBLISHED, told=dt.date(2024, 6, 8))
    assert spans == []
