"""Slices of dates sent to the map when the features are too many to send at once."""

import datetime as dt

import numpy as np

from geo import mapslice, timeline

FIRST = dt.date(2021, 1, 1)


def _features(n=400, seed=3):
    rng = np.random.default_rng(seed)
    start = np.datetime64(FIRST) + rng.integers(0, 200, n).astype("timedelta64[D]")
    length = rng.integers(1, 60, n).astype("timedelta64[D]")
    windowed = rng.random(n) < 0.8                                   # reports; the rest stand for a while
    end = np.where(windowed, start, start + length)
    end[~windowed & (rng.random(n) < 0.2)] = np.datetime64("NaT")   # some still in force
    return start.astype("datetime64[D]"), end.astype("datetime64[D]"), windowed


def test_shown_between_is_what_some_day_of_the_span_shows():
    start, end, windowed = _features()
    for window in ("1", "7", "30", "all"):
        days = timeline.WINDOWS[window]
        first, last = FIRST + dt.timedelta(days=50), FIRST + dt.timedelta(days=64)
        union = np.zeros(len(start), dtype=bool)
        for k in range(15):
            union |= timeline.active(start, end, first + dt.timedelta(days=k), days, windowed)
        assert (timeline.shown_between(start, end, first, last, days, windowed) == union).all(), window


def test_a_slice_holds_at_most_the_limit_and_everything_its_days_show():
    start, end, windowed = _features()
    day = FIRST + dt.timedelta(days=100)
    part = mapslice.choose(start, end, windowed, day, "7", 120, (FIRST, FIRST + dt.timedelta(days=260)))
    assert part.mask.sum() <= 120 and part.first <= day <= part.last and part.dropped == 0
    for k in range((part.last - part.first).days + 1):
        shown = timeline.active(start, end, part.first + dt.timedelta(days=k), 7, windowed)
        assert not (shown & ~part.mask).any()                       # nothing a day of the slice shows is missing
    wide = mapslice.choose(start, end, windowed, day, "7", 10_000, (FIRST, FIRST + dt.timedelta(days=260)))
    assert wide.first == FIRST and wide.mask.all()                  # room for everything: the widest span


def test_with_everything_so_far_the_latest_reports_are_kept_and_the_rest_counted():
    start, end, windowed = _features()
    day = FIRST + dt.timedelta(days=199)
    part = mapslice.choose(start, end, windowed, day, "all", 100, (FIRST, day))
    shown = timeline.active(start, end, day, None, windowed)
    assert part.mask.sum() <= 100 and part.dropped == shown.sum() - part.mask.sum() > 0
    assert (part.mask <= shown).all()
    kept, left = start[part.mask & windowed], start[shown & windowed & ~part.mask]
    assert kept.min() >= left.max()                                 # the latest reports are the ones kept
    assert (part.mask[shown & ~windowed]).all()                     # whatever is in force stays


def test_a_longer_window_needs_a_new_slice():
    assert mapslice.covers("30", "7") and mapslice.covers("all", "all") and mapslice.covers("7", "7")
    assert not mapslice.covers("7", "30") and not mapslice.covers("30", "all")
