"""Dates of an anniversary column and of a night counted back: "Forty years ago today" is today's day of that year
for any count of years, not only the small counts "a year ago" or "ten years ago" are read with ("Twenty-five" is
one count, not "five"), and a sentence that opens "The night before" after a day told goes back one day from it, as
"the day before" does."""

import datetime as dt

from tests.helpers import rows


def _day(place, text, gazetteer, published):
    return next(r["start_date"] for r in rows(text, gazetteer, published) if place in r["place_name"].split(";"))


def test_forty_years_ago_today(gazetteer):
    text = "Forty years ago today, police units surrounded Kapan and searched every house."
    assert str(_day("Kapan", text, gazetteer, dt.date(2022, 6, 3))) == "1982-06-03"


def test_twenty_five_years_ago_today_is_one_count(gazetteer):
    text = "Twenty-five years ago today, shells fell on Tartar for the first time that summer."
    assert str(_day("Tartar", text, gazetteer, dt.date(2017, 7, 12))) == "1992-07-12"


def test_years_ago_then_today_apart_is_today(gazetteer):
    text = "Ten years ago the road was built; today rockets hit Tartar, the ministry said."
    assert str(_day("Tartar", text, gazetteer, dt.date(2020, 10, 5))) == "2020-10-05"


def test_the_night_before_a_day_told(gazetteer):
    text = ("On 12 June 1992 the army entered Martakert.\n"
            "The night before, artillery had shelled Tartar for hours.")
    assert str(_day("Tartar", text, gazetteer, dt.date(2012, 6, 20))) == "1992-06-11"


def test_the_night_before_the_vote_is_no_count(gazetteer):
    text = ("On 12 June 1992 the army entered Martakert.\n"
            "The night before the vote, artillery had shelled Tartar for hours.")
    assert str(_day("Tartar", text, gazetteer, dt.date(2012, 6, 20))) != "1992-06-11"
