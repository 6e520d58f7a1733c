"""Troops who moved, came or crossed into a named place entered it (other), whatever road a supply line or a heading
names nearby; the heading of troops on the move ("in the direction of X") is no way; a province entered keeps its
own event when the smaller place is only the troops' heading."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return {p: e for e in extract_text(text, datetime.date(2021, 6, 1), gazetteer)
            for p in e["place"].split(";")}


def test_troops_who_came_into_a_place_entered_it(gazetteer):
    text = "Engineers cut the supply routes of the Azerbaijani units who had come into Tavush on 3 May."
    e = _events(text, gazetteer)["Tavush"]
    assert e["layer"] == "other", e
    assert e["start_date"] == "2021-05-03"


def test_troops_who_crossed_into_a_place_entered_it(gazetteer):
    text = "The army closed the supply lines of the soldiers who crossed into Goris last week."
    assert _events(text, gazetteer)["Goris"]["layer"] == "other"


def test_the_heading_of_moving_troops_is_no_way(gazetteer):
    text = "The agency wrote that enemy servicemen had moved two kilometres into Tavush in the direction of Berd."
    e = _events(text, gazetteer)
    assert e["Berd"]["layer"] == "other", e
    assert e["Tavush"]["layer"] == "other", e


def test_buses_heading_somewhere_keep_their_way(gazetteer):
    text = "The evacuation buses moved off in the direction of Goris."
    assert _events(text, gazetteer)["Goris"]["layer"] == "corridors"


def test_a_province_only_locating_a_smaller_place_is_still_dropped(gazetteer):
    text = "Soldiers had moved five kilometres into Tavush near Berd."
    e = _events(text, gazetteer)
    assert "Tavush" not in e and "Berd" in e, e


def test_a_curfew_that_came_into_force_is_no_entry(gazetteer):
    text = "Soldiers said the curfew came into force in Goris on Monday."
    assert _events(text, gazetteer)["Goris"]["layer"] == "checkpoints"
