"""Time semantics of the map: what is shown "as of day D".

Every feature has a ``start_date`` and an ``end_date`` (ISO strings). Two kinds:

* **point events** (``end_date == start_date``: a shelling report, a meeting)
  are shown while they fall in the window of the last W days up to and
  including D (W = 1 shows day D only, 7 the week ending on D; ``None`` means
  everything so far), and fade with age inside that window. Reports of the
  shelling layer that span a few days (a two-day border clash) follow the
  window too, while any of their days is in it;
* **interval features** (a corridor route, a checkpoint, a blockade) are shown
  while they are in force: from ``start_date`` up to but not including
  ``end_date``; an empty end means still in force. The end date is the day
  something else took over (the old Lachin route ends on 30 Aug 2022, the day
  the bypass opens), so on any one day only one of the two routes shows.

Dates are handled as numpy ``datetime64[D]`` arrays so that a slider step over
tens of thousands of events costs well under a millisecond. Everything here is
pure: no Streamlit, no maps.
"""

import datetime as dt

import numpy as np
import pandas as pd

# Window choices: URL value -> days (None = everything so far). "7" is the default.
WINDOWS = {"1": 1, "7": 7, "30": 30, "all": None}
WINDOW_LABELS = {"1": "1 day", "7": "7 days", "30": "30 days", "all": "everything so far"}
DEFAULT_WINDOW = "7"
ALL_FADE_DAYS = 365          # with window "all", a point event reaches its faintest after a year
MIN_OPACITY = 0.35
WINDOWED_LAYERS = ("shelling",)   # layers of one-off reports: shown by window even when they span days


def as_days(values):
    """ISO date strings (or dates; None/NaN for none) as a ``datetime64[D]`` array (NaT for none)."""
    cleaned = [None if v is None or (isinstance(v, float) and v != v) or v == "" else v
               for v in values]
    return np.array(cleaned, dtype="datetime64[D]")


def to_day(date):
    """A ``datetime.date`` or ISO string as ``numpy.datetime64`` day."""
    return np.datetime64(date, "D")


def is_point(start, end):
    """True where the event is a point event (end equals start)."""
    return end == start


def windowed_events(start, end, layer=None):
    """Which events follow the window rather than an interval in force.

    Point events (end equals start), and every event of the layers of
    one-off reports (:data:`WINDOWED_LAYERS`): a border clash over two days
    is a report, not something that stays in force.
    """
    start, end = _days(start), _days(end)
    windowed = is_point(start, end)
    if layer is not None:
        windowed |= np.isin(np.asarray(layer, dtype=object), WINDOWED_LAYERS) & ~np.isnat(end)
    return windowed


def active(start, end, day, window=None, windowed=None):
    """Which features the map shows on ``day``.

    Parameters
    ----------
    start, end : numpy.ndarray of datetime64[D]
        Start and end dates; NaT end means an open interval.
    day : datetime.date or str or numpy.datetime64
    window : int or None
        For windowed events, how many days up to and including ``day`` are
        shown; None for everything so far.
    windowed : numpy.ndarray of bool, optional
        Which events follow the window (default: the point events; see
        :func:`windowed_events`). A windowed event with a span shows while
        any of its days falls in the window.

    Returns
    -------
    numpy.ndarray of bool
    """
    return shown_between(start, end, day, day, window, windowed)


def shown_between(start, end, first, last, window=None, windowed=None):
    """Which features the map shows on some day from ``first`` to ``last`` (both included).

    The rule of :func:`active` over a span of days (what a slice of dates sent
    to the browser must hold, :mod:`geo.mapslice`): an interval while in force
    (end excluded), a windowed event from its start until ``window`` days
    after its last day.
    """
    start, end, first, last = _days(start), _days(end), to_day(first), to_day(last)
    windowed = is_point(start, end) if windowed is None else np.asarray(windowed, dtype=bool)
    started = start <= last
    in_force = started & (np.isnat(end) | (first < end))
    if window is None:
        recent = started
    else:
        last_day = np.where(np.isnat(end), start, np.maximum(start, end))
        recent = started & (last_day > first - np.timedelta64(window, "D"))
    return np.where(windowed, recent, in_force)


def opacity(start, end, day, window=None, windowed=None):
    """How strongly each feature is drawn: 1 for intervals and today's events, fainter with age.

    A windowed event fades linearly from 1 (on ``day``) to :data:`MIN_OPACITY`
    at the far edge of the window (:data:`ALL_FADE_DAYS` for "all"), by the
    age of its last day.
    """
    start, end, day = _days(start), _days(end), to_day(day)
    windowed = is_point(start, end) if windowed is None else np.asarray(windowed, dtype=bool)
    span = ALL_FADE_DAYS if window is None else max(window - 1, 1)
    last = np.where(np.isnat(end), start, np.minimum(np.maximum(start, end), day))
    age = (day - last).astype("timedelta64[D]").astype(float)
    faded = 1.0 - (1.0 - MIN_OPACITY) * np.clip(age / span, 0.0, 1.0)
    return np.where(windowed, faded, 1.0)


def change_dates(start, end):
    """Sorted unique dates on which what the map shows changes.

    Every start date, and the end date of every interval (the day it stops
    being in force). Point events' end dates equal their start dates.
    """
    start, end = _days(start), _days(end)
    ends = end[~np.isnat(end) & ~is_point(start, end)]
    dates = np.concatenate([start[~np.isnat(start)], ends])
    return np.unique(dates)


def previous_date(dates, day):
    """The latest of ``dates`` strictly before ``day``, or None."""
    dates = np.asarray(dates, dtype="datetime64[D]")
    index = np.searchsorted(dates, to_day(day), side="left")
    return _as_date(dates[index - 1]) if index > 0 else None


def next_date(dates, day):
    """The earliest of ``dates`` strictly after ``day``, or None."""
    dates = np.asarray(dates, dtype="datetime64[D]")
    index = np.searchsorted(dates, to_day(day), side="right")
    return _as_date(dates[index]) if index < len(dates) else None


def span(start, end):
    """(first, last) day of the data as ``datetime.date``: the slider's range."""
    every = np.concatenate([_days(start), _days(end)])
    every = every[~np.isnat(every)]
    if not len(every):
        today = dt.date.today()
        return today, today
    return _as_date(every.min()), _as_date(every.max())


def clamp(day, first, last):
    """``day`` moved into [first, last]."""
    return min(max(day, first), last)


def weekly_counts(start, layer):
    """Events per week (weeks start on Monday) and layer, for the map's weekly bars.

    Returns
    -------
    pandas.DataFrame
        Columns ``week`` (Timestamp of the Monday), ``layer``, ``events``.
    """
    frame = pd.DataFrame({"start": pd.to_datetime(np.asarray(start)), "layer": np.asarray(layer)})
    frame = frame.dropna(subset=["start"])
    frame["week"] = frame["start"] - pd.to_timedelta(frame["start"].dt.day_of_week, unit="D")
    counts = frame.groupby(["week", "layer"]).size().rename("events").reset_index()
    return counts.sort_values(["week", "layer"], ignore_index=True)


def parse_window(text):
    """A window's URL value ("1", "7", "30", "all"; also "7d") or the default if unknown."""
    text = (text or "").strip().lower().removesuffix("d")
    return text if text in WINDOWS else DEFAULT_WINDOW


def parse_date(text, default):
    """A ``YYYY-MM-DD`` date from the URL, or ``default`` when absent, malformed or out of span."""
    from .events import valid_date
    return valid_date(text or "") or default


def _days(values):
    """Any datetime64 array (pandas stores seconds) as whole days."""
    return np.asarray(values).astype("datetime64[D]")


def _as_date(value):
    return value.astype("datetime64[D]").astype(dt.date)


def listed(frame, rows):
    """At most ``rows`` of the features of ``frame`` (a table with ``start``, ``end`` and ``layer``), for a
    table: what is in force first, then the reports, the latest first."""
    if len(frame) <= rows:
        return frame
    reports = windowed_events(frame["start"].to_numpy(), frame["end"].to_numpy(), frame["layer"].to_numpy())
    latest_first = -_days(frame["start"].to_numpy()).astype("int64")
    return frame.iloc[np.lexsort((latest_first, reports))[:rows]]
