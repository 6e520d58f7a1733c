"""Dates: "on 3 May that year" is the year the text named last, not the year of publication; the day of a thing named
in a "when" clause after the place ("when the truce of 14 September came into force") does not date the place
when the sentence opens with its own day."""

import datetime as dt

from geo.dates import find_dates
from tests.helpers import rows


def _date_of(place, text, gazetteer, published):
    """The first day of the place's row."""
    return next(str(c["start_date"]) for c in rows(text, gazetteer, published) if c["place_name"] == place)


def test_that_year_is_the_year_an_earlier_sentence_named(gazetteer):
    text = ("The quarrel over the pasture goes back to 2021. "
            "On 3 May that year shells hit houses in Sotk, the local authorities said.")
    assert _date_of("Sotk", text, gazetteer, "2023-06-20").startswith("2021-05-03")


def test_the_same_year_is_the_year_the_sentence_named():
    spans = find_dates("The post was built in 2019 and on 4 June of the same year it was shelled.", dt.date(2022, 6, 10))
    assert [s.start for s in spans if s.precision == "day"] == [dt.date(2019, 6, 4)]


def test_a_month_that_year_is_that_years_month():
    spans = find_dates("In March that year the road was closed.", dt.date(2023, 6, 20), year_named=2020)
    assert [(s.start, s.precision) for s in spans] == [(dt.date(2020, 3, 1), "month")]


def test_the_day_of_a_truce_in_a_when_clause_does_not_date_the_villages(gazetteer):
    text = ("On Tuesday, the Armenian Defence Ministry said Azerbaijani troops had fired at Tegh and Kornidzor, "
            "two villages that had stayed quiet when the truce of 14 September came into force.")
    assert _date_of("Tegh", text, gazetteer, "2022-10-14").startswith("2022-10-11")
    assert _date_of("Kornidzor", text, gazetteer, "2022-10-14").startswith("2022-10-11")
