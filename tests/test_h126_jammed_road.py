"""A road told jammed, with families driving on it towards a town, is traffic on the way there (corridors), not a
flight; and the town the families set out from, with the journey told as going on ("families from X driving towards
Y"), is the journey's start, not only their home (heldout126)."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 11, 26)


def _layers(text, place):
    return [e["layer"] for e in extract_text(text, DAY) if place in e["place"].split(";")]


def test_families_driving_on_a_jammed_road_are_its_traffic():
    assert _layers("On Saturday the road was jammed, and families from Lachin drove towards Goris.",
                   "Goris") == ["corridors"]


def test_families_driving_with_no_jam_stay_their_flight():
    assert _layers("Many of the families drove towards Goris in the last days of November.", "Goris") == ["other"]


def test_families_from_a_town_driving_towards_another_keep_their_town():
    assert _layers("On Saturday families from Lachin were driving towards Goris.", "Lachin") != []


def test_workers_from_a_town_working_elsewhere_leave_it_out():
    assert _layers("Electricians from Goris were repairing the line in Kapan on Monday.", "Goris") == []
