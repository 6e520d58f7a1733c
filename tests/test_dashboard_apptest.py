"""The dashboard's page logic with Streamlit's AppTest (no browser).

The map is a component that steps in the browser (``geo.timemap``): the page
passes it small arguments (the name of the features file, the date to open
on, naming, fit and search requests) and reads back the date and window the
user stopped on. Here the page's side is checked: what it sends (the
features file under ``static/mapdata/`` holds the filtered features of every
date), and how the reported date drives the URL, the counts, the table, the
chart and the downloads. Drawing and stepping are checked in Chromium
(tests/test_dashboard_browser.py).
"""

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo import mapview
from tests import dashboard_fixtures
from tests.dashboard_fixtures import map_args

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"
MAPDATA = Path(__file__).resolve().parent.parent / "static" / "mapdata"
FIXTURE_IDS = {"fx-shell-month", "fx-shell-stepanakert", "fx-shell-ganja", "fx-shell-ganja-2", "fx-script",
               "fx-shell-barda", "fx-route-old", "fx-nakhchivan", "fx-route-bypass", "fx-blockade", "fx-checkpoint",
               "fx-aghdam", "fx-handover-lachin"}


@pytest.fixture(scope="module")
def layers_dir(tmp_path_factory):
    return dashboard_fixtures.build(tmp_path_factory.mktemp("layers"))


@pytest.fixture
def app(layers_dir, monkeypatch):
    """A fresh dashboard session over the fixture layers (call ``app(**query)`` to open it)."""
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(layers_dir))
    monkeypatch.setenv("CORRIDOR_MAP_GAZETTEER", str(dashboard_fixtures.GAZETTEER))

    def open_app(**query):
        at = opened(**query)
        args = map_args(at)
        return report(at, args["day"], args["window"])        # as the map does once it has drawn
    return open_app


def opened(**query):
    """A dashboard session opened on these URL parameters, before the map has reported."""
    at = AppTest.from_file(str(DASHBOARD), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def sent(at):
    """The features file the map was given (parsed)."""
    return mapview.read_payload(MAPDATA, map_args(at)["data"])


def report(at, date, window="7"):
    """Do what the map does when the user stops on a date: set its value, rerun."""
    at.session_state["map"] = {"date": date, "window": window}
    at.run()
    assert not at.exception, at.exception
    return at


def table_ids(at):
    """Descriptions in the table of what is shown (ids stay off the table)."""
    return set(at.dataframe[0].value["description"])


def test_map_gets_every_filtered_feature_once_and_small_arguments(app):
    at = app()
    args = map_args(at)
    assert set(sent(at)["id"]) == FIXTURE_IDS                  # every date: the browser steps through them
    assert args["day"] == "2023-07-15" and args["window"] == "all"
    assert len(json.dumps(args)) < 2_000                       # a rerun sends no features
    assert [m.label for m in at.metric] == ["Corridors", "Other events", "Shelling", "Checkpoints"]
    assert [m.value for m in at.metric] == ["3 shown", "1 shown", "6 shown", "1 shown"]   # one state per road
    assert at.query_params["date"] == "2023-07-15" and at.query_params["window"] == "all"


def test_the_map_comes_first_and_the_rest_once_it_has_drawn(layers_dir, monkeypatch):
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(layers_dir))
    monkeypatch.setenv("CORRIDOR_MAP_GAZETTEER", str(dashboard_fixtures.GAZETTEER))
    at = opened(date="2022-08-31")
    assert map_args(at)["day"] == "2022-08-31"
    assert not at.dataframe and not at.metric    # the rest waits for the map
    assert not at.sidebar.checkbox
    report(at, "2022-08-31", "all")
    assert len(at.dataframe) == 1 and len(at.metric) == 4
    weekly = map_args(at)["weekly"]                             # the map draws the events per week
    assert weekly["layers"] == ["corridors", "other", "shelling", "checkpoints"]
    assert sum(map(sum, weekly["counts"])) == sum(int(m.delta.split()[1]) for m in at.metric)   # every filtered event
    assert at.sidebar.checkbox and at.sidebar.text_input
    assert any("new bypass road" in d for d in table_ids(at))


def test_features_file_is_columns_of_plain_text(app):
    at = app(date="2020-10-20", window="1", layers="shelling")
    data = sent(at)
    i = data["id"].index("fx-script")
    description = data["text"][i // data["chunk"]]["description"]
    assert description["values"][description["codes"][i % data["chunk"]]].startswith("<script>window.cmPwned=1")
    assert data["layers"][data["layer"][i]] == "shelling"
    assert data["start"][i] == (dt.date(2020, 10, 20) - dt.date(1970, 1, 1)).days
    assert data["styles"] == mapview.style_table()
    assert {tuple(e[:2]) for e in data["legend"]} == {("shelling", "artillery"), ("shelling", "missile"),
                                                      ("shelling", "drone")}
    assert all(len(label) == 6 for label in data["labels"])


def test_reported_date_moves_table_url_and_counts_not_the_map(app):
    at = app(date="2022-08-29", window="7")
    before = map_args(at)
    report(at, "2022-08-31", "7")
    after = map_args(at)
    assert after["data"] == before["data"] and after["day_seq"] == before["day_seq"]   # no new file, no jump
    assert at.query_params["date"] == "2022-08-31"
    assert any("new bypass road" in d for d in table_ids(at))
    assert not any("original corridor" in d for d in table_ids(at))


@pytest.mark.parametrize("day, present, absent", [
    ("2022-08-29", "the original cor", "the new bypass road"),
    ("2023-04-24", "a checkpoint is set up", "the original cor"),
    ("2023-04-22", "the road is blocked", "a checkpoint is set up"),
])
def test_reported_date_decides_what_is_listed(app, day, present, absent):
    at = report(app(), day, "7")
    listed = " | ".join(table_ids(at)).lower()
    assert present in listed and absent not in listed


def test_window_for_point_events(app):
    at = report(app(layers="shelling"), "2020-10-04", "1")
    assert len(at.dataframe[0].value) == 1
    report(at, "2020-10-04", "7")
    assert len(at.dataframe[0].value) == 3
    assert at.query_params["window"] == "7"


def test_url_restores_the_view(app):
    at = app(date="2022-08-29", layers="corridors,checkpoints", window="7")
    args = map_args(at)
    assert args["day"] == "2022-08-29" and args["window"] == "7"
    assert not at.checkbox(key="layer_shelling").value and not at.checkbox(key="layer_other").value
    assert at.checkbox(key="layer_corridors").value and at.checkbox(key="layer_checkpoints").value
    assert set(sent(at)["id"]) == {"fx-route-old", "fx-nakhchivan", "fx-route-bypass", "fx-blockade",
                                   "fx-checkpoint", "fx-aghdam"}
    assert at.query_params["layers"] == "corridors,checkpoints"


def test_bad_url_values_fall_back(app):
    at = app(window="12", layers="nonsense")
    assert map_args(at)["window"] == "7" and map_args(at)["day"] == "2023-07-15"


@pytest.mark.parametrize("asked, shown, word", [("2023-07-20", "2023-07-15", "last"),
                                                ("1990-01-01", "2020-10-01", "first")])
def test_date_outside_the_data_is_clamped_with_a_notice(app, asked, shown, word):
    at = app(date=asked)
    assert map_args(at)["day"] == shown and at.query_params["date"] == shown
    notice = at.info[0].value
    assert "no data for" in notice and f"the {word} day with data" in notice


def test_a_malformed_date_opens_on_the_last_day_silently(app):
    at = app(date="not-a-date")
    assert map_args(at)["day"] == "2023-07-15" and not at.info


def test_filters_by_claim_and_kind(app):
    at = app(date="2020-10-31", window="30")
    at.multiselect(key="claimed_by").set_value(["Azerbaijani MoD"]).run()
    assert set(sent(at)["id"]) == {"fx-shell-ganja", "fx-shell-ganja-2", "fx-shell-barda"}
    assert at.query_params["claimed_by"] == "Azerbaijani MoD"
    at.multiselect(key="kind").set_value(["artillery"]).run()
    assert set(sent(at)["id"]) == {"fx-shell-ganja-2"}
    assert map_args(at)["day"] == "2020-10-31"                 # a new file, the same date


def test_filters_come_back_from_the_url(app):
    at = app(date="2020-11-15", window="all", source="Fixture Wire")
    assert at.multiselect(key="source").value == ["Fixture Wire"]
    assert {"fx-shell-barda", "fx-shell-month", "fx-nakhchivan"} <= set(sent(at)["id"])
    assert len(at.dataframe[0].value) == 3


def test_precision_filter_drops_events_placed_only_to_a_district_or_region(app):
    at = app(date="2020-10-31", window="30", layers="shelling,corridors", precision="town")
    assert at.select_slider(key="precision").value == "town"
    ids = set(sent(at)["id"])
    assert not ids & {"fx-shell-month", "fx-shell-barda", "fx-nakhchivan"}       # district, region, region
    assert {"fx-shell-ganja", "fx-shell-stepanakert", "fx-route-old"} <= ids
    assert not {"Martakert", "Barda"} & set(at.dataframe[0].value["place"])
    shelling = next(m for m in at.metric if m.label == "Shelling")
    assert shelling.value == "4 shown"
    at.select_slider(key="precision").set_value("region").run()
    assert {"fx-shell-month", "fx-shell-barda"} <= set(sent(at)["id"]) and "precision" not in at.query_params
    assert next(m for m in at.metric if m.label == "Shelling").value == "5 shown"      # Barda back
    at.select_slider(key="precision").set_value("district").run()
    assert at.query_params["precision"] == "district"
    assert "fx-shell-month" in set(sent(at)["id"]) and "fx-shell-barda" not in set(sent(at)["id"])


def test_naming_convention_changes_labels(app):
    at = app(date="2020-10-03", window="1", layers="shelling")
    assert "Stepanakert/Khankendi" in at.dataframe[0].value["place"].tolist()
    at.radio(key="naming").set_value("azerbaijani").run()
    assert at.dataframe[0].value["place"].tolist() == ["Khankendi"]
    assert map_args(at)["naming"] == "azerbaijani"
    at.radio(key="naming").set_value("armenian").run()
    assert at.dataframe[0].value["place"].tolist() == ["Stepanakert"]
    assert at.query_params["naming"] == "armenian"


def test_place_search_puts_a_ring_there_and_a_failed_one_removes_it(app):
    at = app()
    at.text_input(key="place_query").input("Khankendi").run()
    search = map_args(at)["search"]
    assert (round(search["lat"], 2), round(search["lon"], 2)) == (39.82, 46.75)
    assert search["label"] == "Stepanakert/Khankendi"
    at.text_input(key="place_query").input("Kornidzorabad").run()
    assert "Did you mean Kornidzor" in at.sidebar.warning[0].value
    assert map_args(at)["search"] is None                      # no ring left from the search before
    at.text_input(key="place_query").input("Khankendi").run()
    at.text_input(key="place_query").input("Sisavan").run()    # a village, and an old name of Sisian: asked
    asked = at.sidebar.warning[0].value
    assert "Which one?" in asked and "Sisavan (Armenia, near Vedi)" in asked and "Sisian (Armenia" in asked
    assert map_args(at)["search"] is None


def test_fit_is_a_new_request_each_time(app):
    at = app(date="2020-10-05", window="7", layers="shelling")
    assert map_args(at)["fit_seq"] == 0
    at.button(key="fit").click().run()
    assert map_args(at)["fit_seq"] == 1
    at.button(key="fit").click().run()
    assert map_args(at)["fit_seq"] == 2


def test_the_table_lists_what_is_shown_and_the_map_gets_the_events_per_week(app):
    at = report(app(), "2022-08-31", "7")
    table = at.dataframe[0].value
    assert set(table["layer"]) == {"corridors", "other"}
    assert "id" not in table.columns
    # the weekly chart is drawn by the map above its slider: one row per week (a Monday), a count per layer
    weekly, features = map_args(at)["weekly"], sent(at)
    assert all((monday + 3) % 7 == 0 for monday in weekly["weeks"])      # Mondays (day 0 was a Thursday)
    assert weekly["weeks"] == sorted(set(weekly["weeks"]))
    expected = {}                                                  # each feature counted in the week it starts
    for day, layer in zip(features["start"], features["layer"]):
        key = (day - (day + 3) % 7, features["layers"][layer])
        expected[key] = expected.get(key, 0) + 1
    got = {(monday, name): count for monday, row in zip(weekly["weeks"], weekly["counts"])
           for name, count in zip(weekly["layers"], row) if count}
    assert got == expected and sum(expected.values()) == len(FIXTURE_IDS)
    assert len(weekly["colours"]) == 4 and all(c.startswith("#") for c in weekly["colours"])


def test_a_new_date_sends_the_same_weeks_the_map_moves_its_mark_itself(app):
    at = report(app(), "2022-08-31", "7")
    weekly = map_args(at)["weekly"]
    at = report(at, "2022-09-01", "7")
    assert map_args(at)["weekly"] == weekly
    assert len(json.dumps(map_args(at))) < 2_000                # a rerun sends no features


def test_downloads_offer_the_whole_timeline_first_and_what_is_shown(app):
    at = report(app(), "2023-04-24", "7")
    buttons = at.get("download_button")
    labels = [b.label for b in buttons]
    assert labels[:4] == ["QGIS project + GeoPackage (zip)", "GeoPackage", "GeoJSON (zip)", "CSV"]
    assert labels[4:] == labels[:4]
    keys = [b.proto.id for b in buttons]
    assert "dl_all_qgis" in keys[0] and "dl_qgis" in keys[4]
    text = " ".join(m.value for m in at.markdown)
    assert "The whole timeline" in text and "What is shown on 24 Apr 2023" in text
    captions = " ".join(c.value for c in at.caption)
    assert "every date" in captions and "Temporal Controller" in captions


def test_missing_layers_say_how_to_build(app, monkeypatch, tmp_path):
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(tmp_path))
    at = AppTest.from_file(str(DASHBOARD), default_timeout=60).run()
    assert "python -m geo build" in at.error[0].value


@pytest.mark.parametrize("damage", ["truncated", "wrong schema", "bad dates"])
def test_a_damaged_layer_file_is_a_message_and_the_rest_of_the_page_works(layers_dir, tmp_path, monkeypatch,
                                                                            damage):
    broken = tmp_path / "layers"
    shutil.copytree(layers_dir, broken)
    path = broken / "shelling.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    if damage == "truncated":
        path.write_text(path.read_text(encoding="utf-8")[:300], encoding="utf-8")
    elif damage == "wrong schema":
        for feature in collection["features"]:
            del feature["properties"]["start_date"]
        path.write_text(json.dumps(collection), encoding="utf-8")
    else:                                  # what date.fromisoformat lets through and the page died on
        for feature, bad in zip(collection["features"], ["20221212", "2022-W50-1", "9999-12-31", "0001-01-01"]):
            feature["properties"]["start_date"] = bad
        path.write_text(json.dumps(collection), encoding="utf-8")
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(broken))
    monkeypatch.setenv("CORRIDOR_MAP_GAZETTEER", str(dashboard_fixtures.GAZETTEER))
    at = opened(date="2022-09-01")
    assert any("shelling.geojson" in e.value for e in at.error)
    assert "fx-route-bypass" in sent(at)["id"]                 # the other layers still show
    report(at, "2022-12-12")
    assert any("blocked" in d for d in table_ids(at))


def test_the_map_gets_the_pause_before_it_reports_a_date_from_the_settings(app, monkeypatch):
    assert map_args(app())["report_delay_ms"] == 1200
    monkeypatch.setenv("CORRIDOR_MAP_REPORT_DELAY_MS", "3500")
    assert map_args(app())["report_delay_ms"] == 3500


def test_above_the_limit_the_map_gets_a_slice_of_dates_and_the_next_one_when_it_leaves_it(app, monkeypatch):
    monkeypatch.setenv("CORRIDOR_MAP_BROWSER_FEATURES", "4")
    at = app(date="2022-08-31", window="7")
    args = map_args(at)
    sliced = args["sliced"]
    assert sliced["first"] <= "2022-08-31" <= sliced["last"] and sliced["window"] == "7"
    data = sent(at)
    assert 0 < data["n"] <= 4 and "fx-route-bypass" in data["id"] and "fx-shell-ganja" not in data["id"]
    every = {dt.date(1970, 1, 1) + dt.timedelta(days=d) for d in data["dates"]}
    assert dt.date(2020, 10, 4) in every and dt.date(2023, 4, 23) in every     # Previous/Next know every date
    report(at, sliced["first"], "7")                                          # a pause inside: nothing new
    assert map_args(at)["data"] == args["data"]
    report(at, "2023-04-24", "7")                                             # a step out of it: the next slice
    after = map_args(at)
    assert after["data"] != args["data"] and after["sliced"]["first"] <= "2023-04-24" <= after["sliced"]["last"]
    assert {"fx-blockade", "fx-checkpoint"} <= set(sent(at)["id"])
    assert any("checkpoint" in d.lower() for d in table_ids(at))             # the page follows as ever


def test_below_the_limit_every_date_goes_at_once(app):
    at = app(date="2022-08-31", window="7")
    assert map_args(at)["sliced"] is None and set(sent(at)["id"]) == FIXTURE_IDS


def test_filters_that_keep_nothing_say_so_and_the_map_gets_no_weeks(app):
    at = report(app(), "2022-08-31", "7")
    for box in at.sidebar.checkbox:
        box.uncheck()
    at.run()
    assert not at.exception, at.exception
    assert any("No events match the filters." in i.value for i in at.info)
    assert map_args(at)["weekly"]["weeks"] == []
