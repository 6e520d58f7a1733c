"""Which dates of the features the browser is sent when there are too many to send them all.

Up to a limit (``CORRIDOR_MAP_BROWSER_FEATURES``, :mod:`geo.settings`) the map
gets every feature of the filters once and steps through all dates by itself.
Above it, the server sends a *slice*: the features shown on some day from
``first`` to ``last`` (a span of dates around the current one, as wide as
fits under the limit) for the window chosen. The map steps freely inside the
slice; a step out of it (or a longer window) asks the server for the slice
around the new date, and the map draws it when it comes.

With the window "all so far" every earlier report is shown, so no span may
fit: then the latest reports that fit are sent, and the map says so.
"""

import datetime as dt
from dataclasses import dataclass

import numpy as np

from . import timeline

# Half-widths tried, widest first: a slice as wide as fits means few requests while stepping.
HALF_WIDTHS = (365, 182, 91, 61, 30, 14, 7, 3, 1, 0)


@dataclass(frozen=True)
class Slice:
    """The dates sent (both included), for which window, and which features.

    ``mask`` selects the features among those given; ``dropped`` counts the
    earlier reports left out when even one day's features exceed the limit.
    """
    first: dt.date
    last: dt.date
    window: str
    mask: np.ndarray
    dropped: int = 0

    def args(self):
        """What the map component is told (dates as ISO strings)."""
        return {"first": self.first.isoformat(), "last": self.last.isoformat(), "window": self.window,
                "dropped": int(self.dropped)}


def covers(sent, wanted):
    """True when a slice made for window ``sent`` holds what window ``wanted`` shows."""
    sent_days, wanted_days = timeline.WINDOWS[sent], timeline.WINDOWS[wanted]
    return sent_days is None or (wanted_days is not None and wanted_days <= sent_days)


def candidates(day, span):
    """The spans of dates tried around ``day``, widest first, none beyond ``span`` (first, last day)."""
    low, high = span
    return [(max(low, day - dt.timedelta(days=half)), min(high, day + dt.timedelta(days=half)))
            for half in HALF_WIDTHS]


def choose_span(count_spans, day, window, limit, span):
    """The widest span around ``day`` whose features fit under ``limit``, from counts alone.

    For features held elsewhere (a database): ``count_spans(spans, window_days)``
    gives the number shown in each span. Returns ((first, last), shown): the
    features of the span, or, when even the day alone holds more than ``limit``,
    the day's span and how many it shows (send the features in force and the
    latest reports, as :func:`choose` does).
    """
    spans = candidates(day, span)
    shown = count_spans(spans, timeline.WINDOWS[window])
    for chosen, count in zip(spans, shown):
        if count <= limit:
            return chosen, count
    return spans[-1], shown[-1]


def choose(start, end, windowed, day, window, limit, span):
    """The slice around ``day`` for ``window`` ("1", "7", "30", "all") holding at most ``limit`` features.

    Parameters
    ----------
    start, end : numpy.ndarray of datetime64[D]
        The features' dates (NaT end: open).
    windowed : numpy.ndarray of bool
        :func:`geo.timeline.windowed_events`.
    day : datetime.date
    window : str
    limit : int
    span : (datetime.date, datetime.date)
        The first and last day of the data: a slice never goes beyond.

    Returns
    -------
    Slice
    """
    window_days = timeline.WINDOWS[window]
    for first, last in candidates(day, span):
        mask = timeline.shown_between(start, end, first, last, window_days, windowed)
        if mask.sum() <= limit:
            return Slice(first, last, window, mask)
    # Even the day alone holds too much (a long window): keep the intervals and the latest reports.
    keep = np.flatnonzero(mask)
    reports = keep[np.asarray(windowed, dtype=bool)[keep]]
    intervals = len(keep) - len(reports)
    room = max(limit - intervals, 0)
    latest = reports[np.argsort(np.asarray(start)[reports], kind="stable")][::-1][:room]
    dropped = len(reports) - len(latest)
    mask = np.zeros(len(start), dtype=bool)
    mask[keep[~np.asarray(windowed, dtype=bool)[keep]]] = True
    mask[latest] = True
    return Slice(first, last, window, mask, dropped)
