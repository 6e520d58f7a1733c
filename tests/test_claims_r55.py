"""Stated dates and claimants read on heldout55 (r55c): "the same morning" (or afternoon, evening, night) is the
day told last, as "the same day" is; a day right after a verb of saying ("said on Monday that ...") is when it was
said, and a place told after it takes the other day its sentence states ("... had visited X the day before")."""
import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text


def _events(text, day=dt.date(2021, 11, 20)):
    return {c["place_name"]: c for c in extract_text(text, day)}


def test_the_same_morning_is_the_day_told_before():
    spans = find_dates("At 06:10 the same morning mortar rounds landed on the edge of the town.",
                       dt.date(2021, 4, 10), told=dt.date(2021, 4, 8))
    assert [d.start for d in spans] == [dt.date(2021, 4, 8)]


def test_that_same_night_is_the_day_told_before():
    spans = find_dates("That same night they fired on the farms again.", dt.date(2021, 4, 10),
                       told=dt.date(2021, 4, 5))
    assert [d.start for d in spans] == [dt.date(2021, 4, 5)]


def test_shelling_the_same_morning_after_a_weekday_takes_that_weekday():
    text = ("The defence ministry said its units stopped an attempt to cross the border at about 04:00 on "
            "Wednesday. It said that at 06:30 the same morning Azerbaijani forces shelled Jermuk with mortars.")
    found = _events(text, dt.date(2021, 4, 10))     # a Saturday: that Wednesday is 7 April
    assert found["Jermuk"]["start_date"] == "2021-04-07"


def test_place_visited_the_day_before_a_spoken_day_takes_the_day_before():
    text = ("The regional governor said on Tuesday that he had toured Jermuk and Vardenis the day before, "
            "after the shelling of both towns.")
    found = _events(text, dt.date(2021, 4, 10))     # that Tuesday is 6 April
    assert found["Jermuk"]["start_date"] == "2021-04-05"


