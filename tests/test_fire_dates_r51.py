"""Fire told with an intensity word or a time between verb and target, "that morning" before a preposition, and a
section heading of weekdays that ends a dated entry (r51)."""
import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text


def test_intensive_fire_reported_is_shelling():
    found = extract_text("The army reported intensive fire on its positions near Lachin.", dt.date(2022, 8, 4))
    assert [c["layer"] for c in found if c["place"] == "Lachin"] == ["shelling"]


def test_fired_heavily_that_morning_at_is_shelling():
    found = extract_text("Soldiers fired heavily that morning at the posts near Lachin.", dt.date(2022, 8, 4))
    assert [c["layer"] for c in found if c["place"] == "Lachin"] == ["shelling"]


def test_that_morning_before_a_preposition_is_the_day_told():
    told = dt.date(2022, 8, 3)
    spans = find_dates("Troops fired heavily that morning at the posts.", dt.date(2023, 8, 3), told=told)
    assert [d.start for d in spans] == [told]
    # a conjunction and a noun: no day
    assert find_dates("The ministry said that morning raids had stopped.", dt.date(2023, 8, 3), told=told) == []


def test_weekday_heading_ends_the_dated_entry():
    text = ("ALERT\n\n1. Wednesday, 3 August. Shells hit Goris that morning.\n\n2. Thursday and Friday.\n\n"
            "3. Roads. The road through the Lachin corridor was open on Thursday, drivers said.")
    found = {c["place_name"]: c["start_date"] for c in extract_text(text, dt.date(2022, 8, 5))}
    assert found["Lachin corridor"] == "2022-08-04"       # the Thursday before publication, not before 3 August
