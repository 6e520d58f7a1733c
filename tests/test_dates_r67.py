"""Dates: "before dawn" in a report filed the same day is the small hours of that day, as "this morning" is (a
wire flash tells what happened hours before); "before dawn on Tuesday" keeps its weekday."""

from tests.helpers import rows


def _start(place, text, gazetteer, published):
    return next(c["start_date"] for c in rows(text, gazetteer, published) if c["place_name"] == place)


def test_before_dawn_is_the_day_of_the_report(gazetteer):
    text = "Shells landed in Martakert before dawn, the town's mayor said."
    assert _start("Martakert", text, gazetteer, "2016-04-03") == "2016-04-03"


def test_before_dawn_on_a_weekday_keeps_the_weekday(gazetteer):
    text = "Shells landed in Martakert before dawn on Tuesday, the town's mayor said."
    assert _start("Martakert", text, gazetteer, "2016-04-08") == "2016-04-05"
