"""Dates: a night told "from TIME on D1 to TIME on D2" is dated by its first day; "that day" and "later in the day"
are the day the text told last, not a day named in an apposition to it ("the second day of the truce agreed on ...")."""

import datetime as dt

from geo.dates import find_dates
from tests.helpers import rows

PUBLISHED = "2023-06-16"     # a Friday


def _date_of(place, text, gazetteer):
    """The first day of the place's row."""
    return next(str(c["start_date"]) for c in rows(text, gazetteer, PUBLISHED) if c["place_name"] == place)


def test_a_night_between_two_clock_times_is_its_first_day():
    found = find_dates("From 22:15 on 3 June to 04:30 on 4 June mortars were fired on Sotk.", dt.date(2023, 6, 16))
    assert len(found) == 1 and found[0].start == dt.date(2023, 6, 3)


def test_that_day_is_the_day_told_not_the_day_of_its_apposition(gazetteer):
    text = ("Mortar rounds landed in Sotk on 5 June, the third day of the truce agreed on 3 June, the mayor said. "
            "A farmer said two rounds fell on Tegh that day and that his barn burned.")
    assert _date_of("Tegh", text, gazetteer).startswith("2023-06-05")


def test_later_in_the_day_is_the_day_told_before(gazetteer):
    text = ("1.1 The ministry said Sotk came under fire on Tuesday morning.\n"
            "1.2 Later in the day the ministry said the shelling of Tegh went on.")
    assert _date_of("Tegh", text, gazetteer).startswith("2023-06-13")


def test_that_night_as_a_conjunction_stays_no_date():
    assert find_dates("The governor reported that night raids had stopped.", dt.date(2023, 6, 16)) == []
