"""What is still to come keeps a date ahead of publication: the future tense with an adverb after "will", its
contracted and "going to" forms, and a future reported in the past ("said the road would reopen on Saturday"),
which looks forward from the day it was said (or, that day unstated, is the day nearest publication), as a plan told
in the past does ("was due to sail on Saturday"); a date of the speaking itself stays past."""

import datetime as dt

import pytest

from geo.dates import find_dates

WED = dt.date(2023, 5, 10)           # a Wednesday


def starts(text, published=WED):
    return [d.start.isoformat() for d in find_dates(text, published)]


@pytest.mark.parametrize("text", [
    "The ferry will of course sail on Saturday.",
    "The ferry will, of course, sail on Saturday.",
    "The ferry will certainly sail on Saturday.",
    "The ferry will no doubt sail on Saturday.",
    "The ferry won't sail until Saturday.",
    "The ferry is going to sail on Saturday.",
])
def test_the_future_with_words_between_looks_forward(text):
    assert starts(text) == ["2023-05-13"]


def test_a_day_said_before_a_future_is_when_it_was_said():
    assert starts("On Monday, the governor said the market will reopen on Saturday.") == ["2023-05-08", "2023-05-13"]
    # a day before "will" with no speaking between is still the future's
    assert starts("On Friday the delegation will visit the plant, the office said.") == ["2023-05-12"]


@pytest.mark.parametrize("text, expected", [
    ("The governor said the market would reopen on Saturday.", ["2023-05-13"]),
    ("Officials said the ferry would sail again on 20 June.", ["2023-06-20"]),
    ("Officials said the ferry would sail again in July.", ["2023-07-01"]),
    # forward from the day it was said, which may be before publication
    ("The governor said on Friday that the market would reopen on Sunday.", ["2023-05-05", "2023-05-07"]),
    # a day before "would" is no future, nor one a closing "said" governs
    ("On Saturday, officials said the market would reopen.", ["2023-05-06"]),
    ("A ring road would relieve the centre, officials said on Tuesday.", ["2023-05-09"]),
    # with no day of saying, the weekday nearest publication: two days before it rather than five after
    ("The governor said the market would reopen on Monday.", ["2023-05-08"]),
])
def test_a_future_reported_in_the_past_looks_forward(text, expected):
    assert starts(text) == expected


@pytest.mark.parametrize("text", [
    "The market would have reopened on Saturday had the storm passed.",
    "The market would not have reopened on Saturday without the grant.",
])
def test_what_would_have_happened_stays_past(text):
    assert starts(text) == ["2023-05-06"]


def test_a_reported_future_in_a_retold_history_keeps_the_history_s_year():
    found = find_dates("The commander said the column would set out on 14 March.", dt.date(2023, 11, 1),
                       dt.date(1993, 3, 3))
    assert [d.start for d in found] == [dt.date(1993, 3, 14)]


@pytest.mark.parametrize("text, expected", [
    # a plan told in the past holds the day planned, read as "would" reads it, not the latest such day gone by
    ("The ferry to Tatev was due to sail on Saturday.", ["2023-05-13"]),
    ("The ferry to Tatev was to sail on 20 June.", ["2023-06-20"]),
    ("The talks were scheduled for 20 July.", ["2023-07-20"]),
    ("The talks in Tbilisi had been scheduled to open on Friday.", ["2023-05-12"]),
    ("Hundreds of pilgrims were expected to reach the monastery in August.", ["2023-08-01"]),
    # planned, and it did not come: still the day planned, the one nearest publication
    ("The convoy was due to leave Kapan on Monday, but the storm kept it there.", ["2023-05-08"]),
    # forward from the day the plan was told
    ("On Monday, officials said the ferry was due to sail on Sunday.", ["2023-05-08", "2023-05-14"]),
])
def test_a_plan_told_in_the_past_holds_the_day_planned(text, expected):
    assert starts(text) == expected


@pytest.mark.parametrize("text", [
    "The ferry was to have sailed on Saturday.",        # a plan for a day gone by, as "would have"
    "The envoy had been to Stepanakert on Saturday.",   # a visit, no plan
])
def test_a_plan_for_a_day_gone_by_stays_past(text):
    assert starts(text) == ["2023-05-06"]


@pytest.mark.parametrize("text", [
    # "due to" a noun phrase is a cause, "going to" a place a way: neither is a plan, so the day is past
    "The power cut in Meghri was due to shelling on Saturday.",
    "The closure of the pass was due to an avalanche on Saturday.",
    "The delay was due to repairs on Saturday.",
    "The column was going to Vardenis on Saturday when the drone struck.",
])
def test_a_cause_or_a_way_told_with_to_is_no_plan(text):
    assert starts(text) == ["2023-05-06"]


def test_a_plan_to_bring_is_still_a_plan():
    assert starts("The convoy was due to bring flour to Meghri on Saturday.") == ["2023-05-13"]
