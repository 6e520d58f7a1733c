"""Stated dates and claimants read on heldout52 (r52): "the same Sunday" is the Sunday told before it."""
import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text


def test_the_same_weekday_is_the_day_told():
    told = dt.date(2022, 7, 10)              # a Sunday
    spans = find_dates("The same Sunday evening a shepherd was wounded.", dt.date(2022, 7, 13), told=told)
    assert [d.start for d in spans] == [told]
    spans = find_dates("On the same Sunday two houses burned.", dt.date(2022, 7, 13), told=told)
    assert [d.start for d in spans] == [told]


def test_the_following_weekday_is_still_the_next_one():
    told = dt.date(2022, 7, 10)
    spans = find_dates("On the following Sunday the road reopened.", dt.date(2022, 7, 30), told=told)
    assert [d.start for d in spans] == [dt.date(2022, 7, 17)]


def test_the_same_sunday_in_an_article_dates_its_place():
    text = ("On Sunday, 10 July, the road to Goris was closed by the police. "
            "The same Sunday morning the army said its posts near Sisian had come under fire.")
    found = {c["place_name"]: c["start_date"] for c in extract_text(text, dt.date(2022, 7, 13))}
    assert found["Sisian"] == "2022-07-10"
