"""One state per road per day: a corridor's life as intervals that do not overlap.

A road is identified by its two end places (Goris and Stepanakert for the
Lachin corridor, whichever way it is written): every corridor row between the
same two places is one stage of that road's life, with its status (open,
blockaded, closed, planned, proposed) and its geometry. A route change is a
new row with new waypoints that starts the day the old one ends; a blockade
is a new row that starts the day the open road ends. Two rows of one road in
force on the same day would draw and count the road twice (open *and*
blockaded), so :func:`check_one_state_per_day` refuses them with a message
naming both lines.

Intervals follow the map's semantics (see :mod:`geo.timeline`): in force from
``start_date`` up to but not including ``end_date``; an empty end is still in
force.
"""

import datetime as dt
from typing import NamedTuple

from .errors import DataError


class Stage(NamedTuple):
    """One row of a road's life, as read from the events file."""

    line: int
    id: str
    status: str
    start: dt.date
    end: dt.date | None          # None: still in force


def road_key(first, last):
    """The identity of a road: its two end places, in either order."""
    return tuple(sorted((first, last)))


def road_of(place_label):
    """The :func:`road_key` of a corridor from its label (``Goris – … – Stepanakert/Khankendi``)."""
    ends = place_label.split(" – ")
    return road_key(ends[0], ends[-1])


def road_name(key):
    """The road's name for messages, e.g. ``Goris – Stepanakert``."""
    return " – ".join(key)


def stage(line, event):
    """A :class:`Stage` from a validated event row."""
    end = dt.date.fromisoformat(event["end_date"]) if event["end_date"] else None
    return Stage(line, event["id"], event["status"] or event["kind"],
                 dt.date.fromisoformat(event["start_date"]), end)


def first_overlap(stages):
    """The first two stages of different states in force on a common day, or None.

    ``stages`` are the stages of one road in any order. Two stages of the same
    state on the same days (the same report from two sources, a row repeated)
    agree: the road still shows one state.
    """
    ordered = sorted(stages, key=lambda s: (s.start, s.line))
    for k, before in enumerate(ordered):
        for after in ordered[k + 1:]:
            if before.end is not None and after.start >= before.end:
                break                      # this one and every later one start after ``before`` ends
            if after.status != before.status:
                return before, after
    return None


def check_one_state_per_day(roads, path="<input>"):
    """Refuse a road with two states on one day.

    Parameters
    ----------
    roads : dict of tuple to list of Stage
        The stages of each road, keyed by :func:`road_key`.
    path : str
        The events file, for the message.

    Raises
    ------
    DataError
        Naming the later row's line, the road, both states and the first
        day they share, and how to fix it.
    """
    for key, stages in roads.items():
        clash = first_overlap(stages)
        if clash is None:
            continue
        before, after = clash
        shared = max(before.start, after.start)
        until = "with no end date" if before.end is None else f"until {before.end}"
        raise DataError(
            path, after.line, "start_date",
            f"the road {road_name(key)} would have two states on {shared}: "
            f"{before.status!r} ({before.id}, line {before.line}, from {before.start} {until}) and "
            f"{after.status!r} ({after.id}, from {after.start}); "
            f"end the first on the day the second starts ({after.start})")
