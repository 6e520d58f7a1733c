"""A journey from one place into a place abroad ends there: the place abroad is kept like the start of one
("flown from Budapest to Baku"), while a trip told only by where it went ("flew to Vienna") stays no event abroad;
a company named after a place ("Goris Bus LLC") is no event there."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import waypoint_layers

_layers = partial(waypoint_layers, published=dt.date(2022, 9, 1))


@pytest.mark.parametrize("text, place", [
    ("The airliner flew from Yerevan to Vienna in Austria on 3 May for an engine overhaul.", "Vienna"),
    ("The helicopter was flown from Goris to Vienna last week for repairs.", "Vienna"),
    ("The plane flew from Baku to Budapest on Friday evening.", "Budapest"),
])
def test_a_journey_into_a_place_abroad_keeps_its_end(gazetteer, text, place):
    layers = _layers(text, gazetteer)
    assert layers.get(place) == "corridors", layers


def test_a_trip_told_only_by_where_it_went_stays_no_event_abroad(gazetteer):
    layers = _layers("The minister flew to Vienna on Friday.", gazetteer)
    assert "Vienna" not in layers, layers


@pytest.mark.parametrize("text, place", [
    ("The owner is Zvartnots Airport CJSC, a company set up in 2017.", "Zvartnots International Airport"),
    ("Workers of Kajaran Mining CJSC were paid late in March.", "Kajaran"),
    ("Operator: Goris Bus LLC, licensed until 2027.", "Goris"),
])
def test_a_company_named_after_a_place_is_no_event_there(gazetteer, text, place):
    layers = _layers(text, gazetteer)
    assert place not in layers, layers
