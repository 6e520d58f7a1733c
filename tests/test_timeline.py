"""Time semantics of the dashboard: intervals in force, point windows, fading, stepping, weekly counts."""

import datetime as dt

import numpy as np
import pytest

from geo import timeline as tl

# old route, bypass (open end), blockade (open end), checkpoint, two shelling reports
START = tl.as_days(["2020-11-10", "2022-08-30", "2022-12-12", "2023-04-23", "2020-10-04", "2020-10-10"])
END = tl.as_days(["2022-08-30", None, None, None, "2020-10-04", "2020-10-10"])
OLD, BYPASS, BLOCKADE, CHECKPOINT, SHELL_A, SHELL_B = range(6)


def shown(day, window=7):
    return set(np.flatnonzero(tl.active(START, END, day, window)))


def test_as_days_takes_none_nan_and_empty_as_nat():
    days = tl.as_days(["2022-08-30", None, float("nan"), ""])
    assert days[0] == np.datetime64("2022-08-30")
    assert np.isnat(days[1:]).all()


def test_route_switch_around_the_handover():
    assert shown("2022-08-29") == {OLD}
    assert shown("2022-08-30") == {BYPASS}          # the end day belongs to the successor
    assert shown("2022-08-31") == {BYPASS}


def test_open_intervals_stay_in_force():
    assert shown("2023-04-24") == {BYPASS, BLOCKADE, CHECKPOINT}
    assert shown("2023-04-22") == {BYPASS, BLOCKADE}
    assert shown(dt.date(2030, 1, 1)) == {BYPASS, BLOCKADE, CHECKPOINT}


def test_nothing_before_it_starts():
    assert shown("2020-10-03") == set()


@pytest.mark.parametrize("day, window, expected", [
    ("2020-10-04", 1, {SHELL_A}),
    ("2020-10-05", 1, set()),                      # one day: that day only
    ("2020-10-10", 7, {SHELL_A, SHELL_B}),         # the week ending on D, D included
    ("2020-10-11", 7, {SHELL_B}),
    ("2020-11-02", 30, {SHELL_A, SHELL_B}),
    ("2020-11-03", 30, {SHELL_B}),
    ("2022-01-01", None, {OLD, SHELL_A, SHELL_B}),  # everything so far
])
def test_point_event_windows(day, window, expected):
    assert shown(day, window) == expected


def test_older_point_events_are_fainter():
    alpha = tl.opacity(START, END, "2020-10-10", 7)
    assert alpha[SHELL_B] == 1.0
    assert tl.MIN_OPACITY <= alpha[SHELL_A] < 1.0
    assert alpha[OLD] == 1.0 and alpha[BYPASS] == 1.0          # intervals never fade
    assert tl.opacity(START, END, "2020-10-10", None)[SHELL_A] > alpha[SHELL_A]


def test_change_dates_and_stepping():
    dates = tl.change_dates(START, END)
    assert [str(d) for d in dates] == ["2020-10-04", "2020-10-10", "2020-11-10", "2022-08-30",
                                       "2022-12-12", "2023-04-23"]
    assert tl.next_date(dates, dt.date(2022, 8, 29)) == dt.date(2022, 8, 30)
    assert tl.next_date(dates, dt.date(2022, 8, 30)) == dt.date(2022, 12, 12)
    assert tl.previous_date(dates, dt.date(2022, 8, 30)) == dt.date(2020, 11, 10)
    assert tl.previous_date(dates, dt.date(2020, 10, 4)) is None
    assert tl.next_date(dates, dt.date(2023, 4, 23)) is None


def test_span_covers_starts_and_ends():
    assert tl.span(START, END) == (dt.date(2020, 10, 4), dt.date(2023, 4, 23))
    empty = tl.as_days([])
    assert tl.span(empty, empty)[0] == tl.span(empty, empty)[1]


def test_weekly_counts_by_layer():
    counts = tl.weekly_counts(START, ["corridors"] * 3 + ["checkpoints"] + ["shelling"] * 2)
    shelling = counts[counts.layer == "shelling"]
    # 4 Oct 2020 is a Sunday (week of Mon 28 Sep); 10 Oct a Saturday (week of Mon 5 Oct)
    assert [str(w.date()) for w in shelling.week] == ["2020-09-28", "2020-10-05"]
    assert shelling.events.tolist() == [1, 1]
    assert counts.events.sum() == 6


@pytest.mark.parametrize("text, expected", [("7", "7"), ("all", "all"), ("30d", "30"), ("", "7"),
                                            ("bogus", "7"), (None, "7"), ("ALL", "all")])
def test_parse_window(text, expected):
    assert tl.parse_window(text) == expected


def test_parse_date_falls_back():
    default = dt.date(2022, 1, 1)
    assert tl.parse_date("2022-08-29", default) == dt.date(2022, 8, 29)
    assert tl.parse_date("29/08/2022", default) == default
    assert tl.parse_date(None, default) == default


@pytest.mark.parametrize("text", ["20220829", "2022-W35-1", "9999-12-31", "0001-01-01", "２０２２-08-29"])
def test_url_dates_are_strict_and_in_span(text):
    """``?date=`` takes YYYY-MM-DD in 1900-2100 only; anything else falls back to the default."""
    default = dt.date(2023, 1, 1)
    assert tl.parse_date(text, default) == default


def test_stepping_is_fast_at_ten_thousand_events():
    import time
    rng = np.random.default_rng(1)
    start = np.datetime64("2020-09-27") + rng.integers(0, 1200, 10_000).astype("timedelta64[D]")
    end = start.copy()
    began = time.perf_counter()
    for day in range(100):
        tl.active(start, end, np.datetime64("2021-01-01") + day, 7)
    assert (time.perf_counter() - began) / 100 < 0.005


def test_multi_day_reports_follow_the_window():
    start = tl.as_days(["2022-09-13", "2022-09-13"])
    end = tl.as_days(["2022-09-14", "2022-09-14"])
    windowed = tl.windowed_events(start, end, ["shelling", "checkpoints"])
    assert windowed.tolist() == [True, False]
    assert tl.active(start, end, "2022-09-14", 1, windowed).tolist() == [True, False]   # interval ended
    assert tl.active(start, end, "2022-09-20", 7, windowed).tolist() == [True, False]
    assert tl.active(start, end, "2022-09-21", 7, windowed).tolist() == [False, False]
    assert tl.active(start, end, "2022-09-12", 7, windowed).tolist() == [False, False]
    alpha = tl.opacity(start, end, "2022-09-14", 7, windowed)
    assert alpha.tolist() == [1.0, 1.0]
    assert tl.opacity(start, end, "2022-09-17", 7, windowed)[0] < 1.0


def test_open_ended_reports_are_not_windowed():
    start, end = tl.as_days(["2022-09-13"]), tl.as_days([None])
    assert not tl.windowed_events(start, end, ["shelling"])[0]


def test_a_long_table_lists_what_is_in_force_then_the_latest_reports():
    import pandas as pd
    frame = pd.DataFrame({
        "id": ["road", "old report", "new report", "post", "mid report"],
        "layer": ["corridors", "shelling", "shelling", "checkpoints", "other"],
        "start": np.array(["2022-01-01", "2022-05-01", "2022-05-07", "2022-02-01", "2022-05-04"], dtype="datetime64[D]"),
        "end": np.array(["NaT", "2022-05-01", "2022-05-07", "2022-09-01", "2022-05-04"], dtype="datetime64[D]"),
    })
    assert list(tl.listed(frame, 4)["id"]) == ["post", "road", "new report", "mid report"]
    assert list(tl.listed(frame, 10)["id"]) == list(frame["id"])       # short tables as they are
