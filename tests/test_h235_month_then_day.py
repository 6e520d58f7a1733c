"""A month told right before a day of the month, set off by a comma alone ("in May, on the fourth"), is the month
of that day; a month told of something else in the sentence is not."""

import datetime

from geo.dates import find_dates
from geo.extract import extract_text

DAY = datetime.date(2023, 9, 13)


def _days(sentence):
    return [(d.text, d.start) for d in find_dates(sentence, DAY) if d.precision == "day"]


def test_day_in_words_after_the_month(gazetteer):
    events = extract_text("Shells hit the school in Berd at the start of May, on the fourth, officials said.", DAY,
                          gazetteer, source="test")
    assert [(e["place_name"], e["start_date"]) for e in events] == [("Berd", "2023-05-04")]


def test_day_in_figures_after_the_month():
    assert _days("The school was reopened in June, on the 2nd.") == [("on the 2nd", datetime.date(2023, 6, 2))]


def test_month_of_another_thing_set_apart_by_a_verb():
    assert _days("The clinic, opened in May, was hit on the fourth.") == [("on the fourth", datetime.date(2023, 9, 4))]


def test_month_of_a_clause_before_is_not_the_day_s():
    assert _days("The road, closed since July, was cleared on the 5th.") == [("on the 5th", datetime.date(2023, 9, 5))]


def test_month_with_a_year_then_the_day():
    assert _days("The post was set up in March 2021, on the 10th.") == [("on the 10th", datetime.date(2021, 3, 10))]
