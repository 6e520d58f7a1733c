"""Dates: a place named in the earlier event a count of days goes back to ("the capture came two days after a
soldier was killed near X") takes the day counted back, from the day the sentence told before the count, or, with
none told in it, from the report's day (an earlier sentence's day may be a heading's, the very day counted back to).
News ties one incident to the last this way without writing the earlier day."""

import datetime as dt

from tests.helpers import rows


def _row(place, text, gazetteer, published):
    return next(c for c in rows(text, gazetteer, published) if c["place_name"] == place)


def test_a_village_where_a_soldier_was_killed_two_days_before_the_news_takes_that_day(gazetteer):
    text = ("Four conscripts were taken prisoner early this morning, the ministry said.\n\n"
            "The capture came two days after a private, Aram Hakobyan, was killed near Tegh, a border village.")
    row = _row("Tegh", text, gazetteer, "2021-06-10")
    assert row["start_date"].startswith("2021-06-08") and row["date_text"] == "two days after"


def test_a_count_after_a_day_told_is_counted_from_that_day(gazetteer):
    text = "Shells hit Goris on Friday, three days after a shepherd had been wounded outside the village of Tegh."
    assert _row("Tegh", text, gazetteer, "2021-06-14")["start_date"].startswith("2021-06-08")
    assert _row("Goris", text, gazetteer, "2021-06-14")["start_date"].startswith("2021-06-11")


def test_a_day_told_inside_the_earlier_event_is_its_own(gazetteer):
    text = "The talks came two days after a soldier was killed near Tegh on 2 June."
    assert _row("Tegh", text, gazetteer, "2021-06-10")["start_date"].startswith("2021-06-02")


def test_a_heading_naming_the_earlier_day_does_not_move_the_count(gazetteer):
    text = ("Four conscripts were taken prisoner early this morning, the ministry said.\n\n"
            "Monday's death.\n\n"
            "The capture came two days after a private was killed near Tegh, a border village.")
    assert _row("Tegh", text, gazetteer, "2021-06-10")["start_date"].startswith("2021-06-08")


def test_a_count_with_no_harm_at_a_place_gives_no_day(gazetteer):
    text = "The ceasefire came two days after the talks in Goris ended without a deal."
    row = _row("Goris", text, gazetteer, "2021-06-10")
    assert not row["start_date"] or not row["start_date"].startswith("2021-06-08")
