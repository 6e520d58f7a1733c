"""Where the map's frame is loaded from: the page's other loopback name, so that it runs in its own process."""

import pytest

from geo import settings
from geo.timemap import frame_url

FILES = "/component/geo.timemap.timemap/index.html"


@pytest.mark.parametrize("page, frame", [
    ("http://127.0.0.1:8501/", "http://localhost:8501" + FILES),
    ("http://localhost:8501", "http://127.0.0.1:8501" + FILES),
    ("http://localhost/", "http://127.0.0.1" + FILES),
])
def test_a_page_on_one_loopback_name_gets_the_map_from_the_other(page, frame):
    assert frame_url(page) == frame


def test_the_base_path_of_the_app_is_kept():
    assert frame_url("http://localhost:8501/maps/", "/maps/") == "http://127.0.0.1:8501/maps" + FILES


@pytest.mark.parametrize("page", [
    "http://maps.example.org/", "http://192.168.1.20:8501/", "http://[::1]:8501/", None, "",
    "https://localhost:8501/",                        # a certificate for one name may not hold for the other
    "http://localhost:8888/proxy/8501/",              # a proxy's path: the other name would miss it
    "http://localhost:8501/Add_report",               # not the app's base: a page's own path
])
def test_any_other_address_keeps_the_map_on_its_own_origin(page):
    assert frame_url(page) is None


def test_the_setting_turns_it_off_and_refuses_other_values():
    assert settings.Settings.from_env({}).separate_map is True
    assert settings.Settings.from_env({"CORRIDOR_MAP_SEPARATE_MAP": "0"}).separate_map is False
    with pytest.raises(ValueError, match="SEPARATE_MAP must be 1"):
        settings.Settings.from_env({"CORRIDOR_MAP_SEPARATE_MAP": "yes"})


def test_the_pause_before_a_date_report_is_a_setting_of_milliseconds():
    assert settings.Settings.from_env({}).report_delay_ms == 1200
    assert settings.Settings.from_env({"CORRIDOR_MAP_REPORT_DELAY_MS": "4_500"}).report_delay_ms == 4500
    for wrong in ("-1", "1.5s", "soon"):
        with pytest.raises(ValueError, match="REPORT_DELAY_MS must be a number of milliseconds"):
            settings.Settings.from_env({"CORRIDOR_MAP_REPORT_DELAY_MS": wrong})


def test_weekly_args_are_the_weeks_in_order_with_a_count_per_layer_whatever_the_week_type():
    """The files' counts carry Timestamps, the database's dates: the frame gets the same columns."""
    import datetime as dt

    import numpy as np
    import pandas as pd

    from geo import timeline
    from geo.timemap import weekly_args

    colours = {"corridors": "#111111", "shelling": "#222222", "checkpoints": "#333333"}
    starts = np.array(["2023-07-05", "2023-07-03", "2023-07-20", "2023-07-09"], dtype="datetime64[D]")
    weekly = timeline.weekly_counts(starts, np.array(["shelling", "checkpoints", "shelling", "shelling"]))
    expected = {"layers": list(colours), "colours": list(colours.values()),
                "weeks": [(dt.date(2023, 7, 3) - dt.date(1970, 1, 1)).days, (dt.date(2023, 7, 17) - dt.date(1970, 1, 1)).days],
                "counts": [[0, 2, 1], [0, 1, 0]]}
    assert weekly_args(weekly, colours) == expected
    as_dates = weekly.assign(week=[w.date() for w in weekly["week"]])
    assert weekly_args(as_dates, colours) == expected
    assert weekly_args(pd.DataFrame({"week": [], "layer": [], "events": []}), colours)["weeks"] == []
