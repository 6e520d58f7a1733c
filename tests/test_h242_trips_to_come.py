"""Trips that have not happened: a trip only promised ("they have promised to come to X for the tournament") and a
carrier's or a bus's day on its route ("the carrier to Y goes on Friday", "the bus to Z leaves on Tuesdays") give no
event at the place. A trip made, a bus stopped by a blocked road, or harm told at the place keep their events."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2022-02-02"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_a_promised_visit_is_no_event(gazetteer):
    got = _places("My aunt says her sons have promised to come to Goris for the summer fair if the weather allows.",
                  gazetteer)
    assert got == {}


def test_the_carrier_s_day_is_no_event(gazetteer):
    got = _places("The carrier to Martakert goes on Thursday and will leave the boxes at the turning.", gazetteer)
    assert got == {}


def test_the_bus_s_weekday_is_no_event(gazetteer):
    assert _places("The bus to Goris leaves on Tuesdays from the square.", gazetteer) == {}


# --- near sentences where the rule must not fire ---

def test_a_trip_made_is_kept(gazetteer):
    assert "Goris" in _places("The cousins came to Goris for the spring tournament.", gazetteer)


def test_a_promise_then_harm_is_kept(gazetteer):
    got = _places("They promised to come to Goris, and drones struck the town on Monday.", gazetteer)
    assert got.get("Goris") == "shelling"


def test_a_bus_stopped_by_a_blocked_road(gazetteer):
    got = _places("The bus to Goris did not leave on Tuesday because the road was blocked.", gazetteer)
    assert got.get("Goris") == "corridors"


def test_a_carrier_s_day_with_shelling_told(gazetteer):
    got = _places("The carrier to Martakert goes on Friday, though shells hit the town overnight.", gazetteer)
    assert got.get("Martakert") == "shelling"
