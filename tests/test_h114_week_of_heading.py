"""A notice headed "..., week of 14 October 2019" names the week it covers, not a dateline's day of filing: its
"since last Sunday" counts from the day it was published. A true dateline's day still counts."""

import datetime as dt

from geo.extract import extract_text


def _days(text, published, gazetteer):
    return {e["place"]: e["start_date"] for e in extract_text(text, published, gazetteer)}


def test_week_of_heading_is_no_dateline(gazetteer):
    text = ("CHESS CLUB BULLETIN, week of 14 October 2019\n\n"
            "Since last Sunday shells have fallen on Tartar every night, the district office says.")
    assert str(_days(text, dt.date(2019, 10, 16), gazetteer).get("Tartar")) == "2019-10-13"


def test_a_dateline_day_still_counts(gazetteer):
    text = "BAKU, Oct 14 (Reuters) - Shells fell on Tartar yesterday, the district office said."
    assert str(_days(text, dt.date(2019, 10, 16), gazetteer).get("Tartar")) == "2019-10-13"
