"""An air route told by the land it crosses ("the flights usually cross the A and B provinces", "the planes went
round by the C region and over the lake") is a route at each province, region or lake named: the flights pass
there. Warplanes over a front, planes that bombed, or people crossing a province are no such route."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    # (a route's places come as one event, its places joined by ";")
    return {(place, e["layer"]) for e in extract_text(text, datetime.date(2025, 9, 8), gazetteer)
            for place in e["place"].split(";")}


def test_flights_crossing_two_provinces_and_running_over_a_third(gazetteer):
    text = ("The airline's flights, which normally cross the Tavush and Lori provinces, have lately run over "
            "Shirak instead.")
    events = _events(text, gazetteer)
    assert {("Tavush", "corridors"), ("Lori", "corridors"), ("Shirak", "corridors")} <= events


def test_planes_going_round_by_a_region_and_over_a_lake(gazetteer):
    text = "For years the planes went round by the Gegharkunik region and over Lake Sevan."
    assert {("Gegharkunik", "corridors"), ("Lake Sevan", "corridors")} <= _events(text, gazetteer)


def test_planes_that_bombed_a_town_are_no_route(gazetteer):
    text = "Enemy planes flew over Goris and bombed the market on Tuesday."
    assert ("Goris", "corridors") not in _events(text, gazetteer)


def test_warplanes_over_a_province_are_no_route(gazetteer):
    text = "Warplanes flew over Tavush on Tuesday."
    assert ("Tavush", "corridors") not in _events(text, gazetteer)


def test_people_crossing_a_province_are_no_air_route(gazetteer):
    text = "Local farmers cross the Tavush province to sell their grapes."
    assert ("Tavush", "corridors") not in _events(text, gazetteer)
