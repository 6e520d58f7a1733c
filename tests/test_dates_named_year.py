"""A month "of last year" names its year, for the days of its sentence too; a span of hours from one weekday into
the next starts on the first; a day after a closing "said" is when it was said, not the event's."""

import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text


def dates(text, gazetteer, published):
    return {c["place_name"]: c["start_date"]
            for c in extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")}


def test_a_month_of_last_year_names_the_year_of_the_sentence_s_days():
    found = find_dates("In March of last year, a shell hit a school in the village on the morning of March 9.",
                       dt.date(2016, 3, 20))
    assert [d.start for d in found] == [dt.date(2015, 3, 1), dt.date(2015, 3, 9)]


def test_hours_between_two_weekdays_start_on_the_first():
    found = find_dates("The post was hit between 10 pm on Friday and 2 am on Saturday.", dt.date(2016, 3, 21))
    assert [d.start for d in found] == [dt.date(2016, 3, 18)]


def test_the_day_after_a_closing_said_is_not_the_event_s(gazetteer):
    text = ("From the evening of 4 June and on through the night, troops shelled positions of the army in the Tartar "
            "direction with mortars of several calibres, the ministry said on Sunday.")
    assert dates(text, gazetteer, "2016-06-05")["Tartar District"] == "2016-06-04"


def test_a_weekday_after_a_span_of_weekdays_is_its_own_day():
    found = find_dates("Posts were hit between Tuesday and Wednesday and again on Thursday.", dt.date(2020, 10, 9))
    assert [d.start for d in found] == [dt.date(2020, 10, 6), dt.date(2020, 10, 8)]
