"""An air service, planned, flown or counted, is a route at the town it serves ("scheduled flights between X and Y",
"the first X–Y flight", "the airport has handled 20 flights"), while people's flight from a village stays what
happened there; a province named only for its seat ("the Lori provincial centre") is no event in the province."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import waypoint_layers

_layers = partial(waypoint_layers, published=dt.date(2022, 9, 1))


@pytest.mark.parametrize("text, town", [
    ("The carrier started scheduled flights between Yerevan and Goris on Tuesday.", "Goris"),
    ("There are no regular air services between Yerevan and Sisian this winter.", "Sisian"),
    ("Charter flights began in June and run on Tuesdays and Saturdays to Sisian.", "Sisian"),
    ("The runway at Sisian was built to take international flights as well.", "Sisian"),
    ("Forty flights have been operated to Goris since the spring, the director said.", "Goris"),
    ("The airfield near Sisian has handled 20 flights since it reopened.", "Sisian"),
])
def test_an_air_service_is_a_route_at_the_town_it_serves(gazetteer, text, town):
    assert _layers(text, gazetteer).get(town) == "corridors"


@pytest.mark.parametrize("text, town", [
    ("The governor said the first Goris–Yerevan flight would take off in June.", "Goris"),
    ("Tickets for Yerevan–Sisian services will go on sale next week, the carrier said.", "Sisian"),
    ("The first Yerevan–Goris–Yerevan flight in March was a technical one.", "Goris"),
])
def test_a_service_named_by_its_ends_is_a_route(gazetteer, text, town):
    assert _layers(text, gazetteer).get(town) == "corridors"


def test_peoples_flight_from_a_village_is_no_air_service(gazetteer):
    layers = _layers("The flight of the villagers from Khnatsakh began before dawn.", gazetteer)
    assert layers.get("Khnatsakh") != "corridors", layers


def test_a_province_named_for_its_seat_is_no_event_in_the_province(gazetteer):
    """'the Tavush provincial centre' names the province's town, left unnamed; the province itself, or a town that
    is its own district's centre, stays."""
    layers = _layers("The first bus to the Tavush provincial centre left on Monday morning.", gazetteer)
    assert "Tavush Province" not in layers, layers
    layers = _layers("Shells fell on two villages of the Tavush province on Monday.", gazetteer)
    assert layers.get("Tavush Province") == "shelling", layers
    layers = _layers("Shells fell near the Askeran regional centre on Monday.", gazetteer)
    assert layers.get("Askeran") == "shelling", layers


def test_a_terminal_named_by_its_town_is_the_towns(gazetteer):
    """'the Sisian terminal' (an air or bus terminal) places what happened at it in the town."""
    layers = _layers("Shots at the Sisian terminal broke two windows on Friday.", gazetteer)
    assert layers.get("Sisian") == "shelling", layers
