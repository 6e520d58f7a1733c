"""A sentence opening on a past year dates its days without a year; a source named without a closing comma."""
import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text

PUBLISHED = dt.date(2024, 5, 2)


def _days(sentence):
    return [span.start for span in find_dates(sentence, PUBLISHED) if span.precision == "day"]


def test_opening_year_dates_the_day_of_its_clause():
    assert _days("In 1994, she recalled, the brigade entered the valley on 12 February.") == [dt.date(1994, 2, 12)]
    assert _days("In 1991 the militia left the farm on 3 June.") == [dt.date(1991, 6, 3)]


def test_opening_year_stops_at_a_new_clause_or_another_year():
    # a semicolon or ", but" opens a clause of its own: the day is the last such day before publication
    assert _days("In 1994 the valley was lost; the new school opened on 12 February.") == [dt.date(2024, 2, 12)]
    assert _days("In 1994 the valley was lost, but the school opened on 12 February.") == [dt.date(2024, 2, 12)]
    # a year not at the opening, or a range of years, dates nothing
    assert _days("Since 1994 the farm has stood empty, and the family came back on 12 February.") \
        == [dt.date(2024, 2, 12)]


def _claimants(sentence, published=PUBLISHED):
    return [e["claimed_by"] for e in extract_text(sentence, published)]


def test_source_without_closing_comma_before_a_quantifier():
    assert _claimants("By the account of the Defence Ministry every house in Aghdaban was burnt on 3 March 1993.") \
        == ["MoD"]
    assert _claimants("According to the Defence Ministry 12 people were killed in Aghdaban on 3 March 1993.") \
        == ["MoD"]


def test_source_with_a_number_its_preposition_takes_is_unchanged():
    # "the report of 12 May" keeps its own reading (the split is only before a subject, not after "of")
    base = _claimants("According to the report of 12 May, Aghdaban was shelled on 3 March 1993.")
    assert all(c != "the report of" for c in base)
