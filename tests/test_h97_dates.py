"""A sentence opened by nights counted on from a night told before ("Two nights later", after "On Friday night") is
dated as "Two days later" is; with no day told before, it stays undated."""

import datetime as dt

from geo.extract import extract_text


def _days(text, gazetteer, published):
    rows = extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")
    return {r["place_name"]: (r["start_date"] if r["date_certain"] else None) for r in rows}


def test_two_nights_later_counts_from_the_night_told(gazetteer):
    text = ("On Tuesday night a patrol was fired on near Talish. Three nights later soldiers struck back near "
            "Horadiz.")
    assert _days(text, gazetteer, "2011-05-16")["Horadiz"] == "2011-05-13"


def test_nights_later_with_no_night_told_stays_undated(gazetteer):
    text = "A patrol was fired on near Talish. Three nights later soldiers struck back near Horadiz."
    assert _days(text, gazetteer, "2011-05-16")["Horadiz"] is None
