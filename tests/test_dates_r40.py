"""A day without its year written with the count from a day told before it ("Two days earlier, on 18 October")."""

import datetime as dt

from geo.extract import extract_text


def dates(text, gazetteer, published):
    return {c["place_name"]: (c["start_date"], c["date_certain"])
            for c in extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")}


def test_a_day_counted_back_from_a_day_of_last_year_keeps_that_year(gazetteer):
    """An anniversary piece: "a year ago" puts the told day exactly one year back; the day counted from it is
    that year's, not the publication's."""
    text = ("Exactly a year ago the minister spoke on television. In that speech of 9 November 2020 he said "
            "that Shusha was in Azerbaijani hands. Three days earlier, on 6 November, shells had fallen on Lachin.")
    assert dates(text, gazetteer, "2021-11-09")["Lachin"] == ("2020-11-06", True)


def test_a_day_counted_forward_from_a_told_day_keeps_its_year(gazetteer):
    text = ("On 2 April 2016 fighting broke out along the line. A week later, on 9 April, mortar rounds hit Tartar.")
    assert dates(text, gazetteer, "2017-04-20")["Tartar"] == ("2016-04-09", True)


def test_a_counted_day_with_no_day_told_before_is_read_against_publication(gazetteer):
    assert dates("A week later, on 9 April, mortar rounds hit Tartar.", gazetteer, "2017-04-20")["Tartar"] == \
        ("2017-04-09", True)
