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


# --- a day of a later clause told in the future does not date a place told before it ---

THURSDAY = dt.date(2024, 9, 12)


def _day_of(text, place, published=THURSDAY):
    from geo.extract import extract_text
    return [e["start_date"] for e in extract_text(text + "\n", published) if place in e["place"].split(";")]


def test_a_place_told_yesterday_keeps_its_day_before_a_clause_to_come():
    assert _day_of("Yesterday twelve families returned to Aghdam by bus, and their children will go to class on "
                   "Monday.", "Aghdam") == ["2024-09-11"]


def test_a_place_told_on_a_day_keeps_it_before_a_clause_to_come():
    assert _day_of("On 10 September twelve families returned to Aghdam by bus, and the school will open its doors to "
                   "them on Monday.", "Aghdam") == ["2024-09-10"]


def test_a_place_with_no_other_day_takes_the_day_to_come():
    # (nothing else dates the place: the rule leaves the one day it has)
    assert _day_of("Twelve families are going home to Aghdam by bus, and the school will open its doors to them on "
                   "Monday.", "Aghdam") == ["2024-09-16"]
