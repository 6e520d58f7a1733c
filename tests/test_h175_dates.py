"""Dates in the heldout175 round: "the same day" restated by a day set after it with a comma."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2023, 9, 19)      # a Tuesday
BEFORE = "Growers must hand in their forms by Friday, the office said. "


def _dates(text):
    return {e["place"]: str(e["start_date"]) for e in extract_text(text, DAY)}


def test_same_day_restated_by_yesterday():
    text = BEFORE + "Aid lorries crossed at Aghdam and at Lachin on the same day, yesterday, the Red Crescent said."
    assert set(_dates(text).values()) == {"2023-09-18"}


def test_same_day_restated_by_a_weekday():
    text = BEFORE + "On the same day, Sunday, shells fell on Tartar, the ministry said."
    assert _dates(text)["Tartar"] == "2023-09-17"


def test_same_day_with_a_later_clause_keeps_the_day_told_before():
    # negative: a day further on, past more than a comma, is another time, not the same day restated
    text = ("On 12 September shells fell on Goris, the ministry said. "
            "On the same day, shells fell on Tartar, and the ministry said the talks would resume on Monday.")
    assert _dates(text)["Tartar"] == "2023-09-12"


# "X wrote on Friday that, by Y's account, Z had been doing W since <day>": the state's start, as without the source


def test_since_day_of_a_state_told_with_its_source_after_that():
    text = ("The monitors wrote last Friday that, by the foreman's own account, his crew had been digging near Shusha "
            "since 2 September.")
    assert _dates(text)["Shusha"] == "2023-09-02"


def test_since_weekday_after_a_source_is_still_read_from_publication():
    # negative: a weekday after "since" is not counted back from the saying
    text = ("The monitors wrote on Friday that, according to local people, the crews had been working near Shusha "
            "since Monday.")
    assert _dates(text)["Shusha"] != "2023-09-02" and _dates(text)["Shusha"] != "2023-09-15"


def test_an_aside_that_names_no_source_keeps_the_saying_day():
    # negative: "after the rains" is no source of the words
    text = "The monitors wrote on Friday that, after the rains, the crews had been working near Shusha since 2 September."
    assert _dates(text)["Shusha"] == "2023-09-15"
