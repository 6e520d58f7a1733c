"""Rules read from heldout140 on dates: a future that only describes a thing named ("an airport that will take
cargo planes") does not send a weekday told before it forward."""

import datetime as dt

from geo.dates import find_dates

WEDNESDAY = dt.date(2021, 4, 28)


def _days(sentence, published=WEDNESDAY):
    return [span.start for span in find_dates(sentence, published)]


def test_a_weekday_before_a_thing_that_will_be_is_the_day_gone_by():
    assert _days("On Monday the minister opened a depot that will store grain for the region.") \
        == [dt.date(2021, 4, 26)]


def test_a_weekday_before_a_thing_that_is_to_be_is_the_day_gone_by():
    assert _days("On Friday the governor laid the first stone of a school which is to open in the autumn.") \
        == [dt.date(2021, 4, 23)]


def test_a_weekday_after_a_thing_that_will_be_is_still_to_come():
    # (the future is the date's own clause)
    assert _days("The depot that will store grain opens on Monday.") == [dt.date(2021, 5, 3)]


def test_a_weekday_of_a_sentence_in_the_future_is_still_to_come():
    assert _days("On Monday the minister will open a depot that is to store grain.") == [dt.date(2021, 5, 3)]


def test_a_weekday_before_a_plain_future_is_still_to_come():
    assert _days("On Monday the depot will open.") == [dt.date(2021, 5, 3)]
