"""Two readings: "Across the border, ..." opening a sentence turns to the other side's news (no crossing), and "in
the spring of that year" points back to the year named before, as "that spring" does."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2022, 6, 1)


def _events(text):
    return {e["place"]: e for e in extract_text(text, _DAY)}


def test_across_the_border_opening_is_no_crossing():
    assert _events("Across the border, a farmer in Gaymagli was badly hurt.")["Gaymagli"]["layer"] == "other"


def test_across_the_line_after_a_heading_colon_is_no_crossing():
    assert _events("Elsewhere: across the line, a farmer in Gaymagli was badly hurt.")["Gaymagli"]["layer"] == "other"


def test_across_the_border_to_a_place_is_still_a_way():
    assert _events("Across the border to Gaymagli, the families walked for hours.")["Gaymagli"]["layer"] == "corridors"


def test_spring_of_that_year_takes_the_year_named_before():
    text = ("The quarrel over the orchard is older than 2020. In the spring of that year, the ministry said that "
            "on 12 April shots hit houses in Gaymagli.")
    assert str(_events(text)["Gaymagli"]["start_date"]) == "2020-04-12"


def test_a_spring_without_that_year_stays_this_year():
    text = ("The quarrel over the orchard is older than 2020. In the spring, the ministry said that on 12 April shots "
            "hit houses in Gaymagli.")
    assert str(_events(text)["Gaymagli"]["start_date"]) == "2022-04-12"
