"""A capital named after "through" or "via" is a place like any other town there: a route's waypoint when
something travels through it, a place visited on a tour (not a route) when someone tours through it."""

import datetime as dt
from functools import partial

from tests.helpers import waypoint_layers


layers = partial(waypoint_layers, published=dt.date(2019, 4, 1))


def test_capitals_a_journey_passes_through_are_its_waypoints(gazetteer):
    found = layers("The relief lorries drove through Tbilisi and Yerevan before reaching Goris.", gazetteer)
    assert found.get("Yerevan") == "corridors" and found.get("Tbilisi") == "corridors", found


def test_towns_of_a_tour_are_visited_not_a_route(gazetteer):
    found = layers("The talks came after a joint tour by the two envoys through Baku, Ganja and Yerevan.",
                   gazetteer)
    assert {n: found.get(n) for n in ("Baku", "Ganja", "Yerevan")} == {
        "Baku": "other", "Ganja": "other", "Yerevan": "other"}, found
