"""How closely a corridor's line follows its road: the stretches between its waypoints.

A corridor is drawn as straight segments between named, sourced waypoints.
Where two waypoints are at most :data:`MAX_STRETCH_KM` apart the straight
segment stays within a few hundred metres of the road; a longer stretch is
an approximation (the road's course between them is not known to the
record). The event's ``geo_precision`` says which a route is: ``site`` for a
route whose every stretch is short, ``town`` or coarser when some stretch is
approximate (and ``district`` for an indicative course such as a planned
corridor).
"""

from typing import NamedTuple

from .gazetteer import distance_km

MAX_STRETCH_KM = 3.0
FOLLOWS_ROAD = "site"            # the geo_precision of a route with no approximate stretch


class Stretch(NamedTuple):
    """Two consecutive waypoints of a route and the distance between them."""

    start: str
    end: str
    km: float


def stretches(places):
    """The :class:`Stretch` es of a route from its places in order (``name``, ``lat``, ``lon``)."""
    return [Stretch(a.name, b.name, round(distance_km(a.lat, a.lon, b.lat, b.lon), 2)) for a, b in zip(places, places[1:])]


def approximate(places, max_km=MAX_STRETCH_KM):
    """The stretches longer than ``max_km``: drawn straight where the road's course is not known."""
    return [s for s in stretches(places) if s.km > max_km]


def unmarked(geo_precision, places, max_km=MAX_STRETCH_KM):
    """Approximate stretches of a route that claims to follow its road (``geo_precision`` site).

    Empty when every stretch is short, or when the route says it is
    approximate (``town`` or coarser).
    """
    return approximate(places, max_km) if geo_precision == FOLLOWS_ROAD else []
