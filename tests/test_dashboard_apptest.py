"""The dashboard's page logic with Streamlit's AppTest (no browser): controls -> what the map shows.

What the map draws is read from the streamlit-folium element's arguments: the
features of the day are passed as ``feature_group`` script, which names every
drawn feature by its event id.
"""

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests import dashboard_fixtures

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"
FIXTURE_IDS = ["fx-shell-month", "fx-shell-stepanakert", "fx-shell-ganja", "fx-shell-ganja-2", "fx-script", "fx-shell-barda",
               "fx-route-old", "fx-nakhchivan", "fx-route-bypass", "fx-blockade", "fx-checkpoint", "fx-aghdam",
               "fx-handover-lachin"]


@pytest.fixture(scope="module")
def layers_dir(tmp_path_factory):
    return dashboard_fixtures.build(tmp_path_factory.mktemp("layers"))


@pytest.fixture
def app(layers_dir, monkeypatch):
    """A fresh dashboard session over the fixture layers (call ``app(query)`` to open it)."""
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(layers_dir))
    monkeypatch.setenv("CORRIDOR_MAP_GAZETTEER", str(dashboard_fixtures.GAZETTEER))
    monkeypatch.setenv("CORRIDOR_MAP_PLAY_SECONDS", "0")

    def open_app(**query):
        at = AppTest.from_file(str(DASHBOARD), default_timeout=60)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
        assert not at.exception, at.exception
        return at
    return open_app


def map_args(at):
    """The streamlit-folium component's arguments."""
    for element in at.main:
        proto = getattr(element, "proto", None)
        if proto is not None and hasattr(proto, "json_args") and "feature_group" in proto.json_args:
            return json.loads(proto.json_args)
    raise AssertionError("no map on the page")


def drawn(at):
    """Ids of the features passed to the map."""
    script = map_args(at)["feature_group"] or ""
    return {i for i in FIXTURE_IDS if f'"{i}"' in script}


def test_default_view_shows_all_three_layers_at_the_last_date(app):
    at = app()
    assert at.slider(key="date").value == dt.date(2023, 7, 15)
    assert {"fx-blockade", "fx-checkpoint", "fx-aghdam", "fx-shell-ganja"} <= drawn(at)
    assert not {"fx-route-old", "fx-route-bypass"} & drawn(at)     # one state per road: blockaded
    assert [m.label for m in at.metric] == ["Corridors", "Other events", "Shelling", "Checkpoints"]
    assert [m.value for m in at.metric] == ["3 shown", "1 shown", "6 shown", "1 shown"]
    assert at.query_params["date"] == "2023-07-15" and at.query_params["window"] == "all"


def test_base_map_is_identical_between_runs_and_offline(app):
    at = app()
    first = map_args(at)
    at.slider(key="date").set_value(dt.date(2022, 8, 29)).run()
    second = map_args(at)
    assert first["script"] == second["script"]              # same base map: zoom and pan survive
    assert first["feature_group"] != second["feature_group"]
    assert all(link.startswith("/app/static/vendor/") for link in first["js_links"] + first["css_links"])
    assert "/app/static/vendor/leaflet/leaflet.js" in first["js_links"]


@pytest.mark.parametrize("day, present, absent", [
    (dt.date(2022, 8, 29), {"fx-route-old"}, {"fx-route-bypass"}),
    (dt.date(2022, 8, 31), {"fx-route-bypass"}, {"fx-route-old", "fx-blockade"}),
    (dt.date(2023, 4, 24), {"fx-checkpoint", "fx-blockade"}, {"fx-route-old", "fx-route-bypass"}),
    (dt.date(2023, 4, 22), {"fx-blockade"}, {"fx-checkpoint"}),
])
def test_slider_decides_what_is_shown(app, day, present, absent):
    at = app()
    at.slider(key="date").set_value(day).run()
    ids = drawn(at)
    assert present <= ids and not ids & absent
    assert at.query_params["date"] == day.isoformat()


def test_window_for_point_events(app):
    at = app(date="2020-10-04", window="1")
    assert {i for i in drawn(at) if i.startswith("fx-shell")} == {"fx-shell-ganja"}
    at.segmented_control(key="window").set_value("7").run()
    assert {"fx-shell-ganja", "fx-shell-stepanakert", "fx-shell-month"} <= drawn(at)
    at.segmented_control(key="window").set_value("30").run()
    assert at.query_params["window"] == "30"


def test_url_restores_the_view(app):
    at = app(date="2022-08-29", layers="corridors,checkpoints", window="7")
    assert at.slider(key="date").value == dt.date(2022, 8, 29)
    assert at.segmented_control(key="window").value == "7"
    assert not at.checkbox(key="layer_shelling").value
    assert at.checkbox(key="layer_corridors").value and at.checkbox(key="layer_checkpoints").value
    assert drawn(at) == {"fx-route-old", "fx-nakhchivan"}
    assert at.query_params["layers"] == "corridors,checkpoints"


def test_bad_url_values_fall_back(app):
    at = app(date="not-a-date", window="12", layers="nonsense")
    assert at.slider(key="date").value == dt.date(2023, 7, 15)
    assert at.segmented_control(key="window").value == "7"
    at = app(date="1990-01-01")
    assert at.slider(key="date").value == dt.date(2020, 10, 1)      # clamped into the data's span


def test_previous_and_next_jump_to_event_dates(app):
    at = app(date="2022-08-29", window="7")
    at.button(key="next").click().run()
    assert at.slider(key="date").value == dt.date(2022, 8, 30)
    assert "fx-route-bypass" in drawn(at) and "fx-route-old" not in drawn(at)
    at.button(key="next").click().run()
    assert at.slider(key="date").value == dt.date(2022, 12, 12)
    at.button(key="prev").click().run()
    at.button(key="prev").click().run()
    assert at.slider(key="date").value == dt.date(2022, 8, 26)          # Lachin handed over (layer other)
    assert "fx-handover-lachin" in drawn(at)


def test_prev_next_follow_the_layer_selection(app):
    at = app(date="2020-10-04", window="7", layers="checkpoints")
    at.button(key="next").click().run()
    assert at.slider(key="date").value == dt.date(2023, 4, 23)


def test_play_advances_to_the_next_event_date(app):
    at = app(date="2022-08-29", window="7", layers="corridors")
    at.toggle(key="playing").set_value(True).run()
    assert at.slider(key="date").value > dt.date(2022, 8, 29)


def test_filters_by_claim_and_kind(app):
    at = app(date="2020-10-31", window="30")
    at.multiselect(key="claimed_by").set_value(["Azerbaijani MoD"]).run()
    assert {i for i in drawn(at) if i.startswith("fx-shell")} == {"fx-shell-ganja", "fx-shell-ganja-2",
                                                                  "fx-shell-barda"}
    assert at.query_params["claimed_by"] == "Azerbaijani MoD"
    at.multiselect(key="kind").set_value(["artillery"]).run()
    assert {i for i in drawn(at) if i.startswith("fx-shell")} == {"fx-shell-ganja-2"}


def test_filters_come_back_from_the_url(app):
    at = app(date="2020-11-15", window="all", source="Fixture Wire")
    assert at.multiselect(key="source").value == ["Fixture Wire"]
    assert drawn(at) == {"fx-shell-barda", "fx-shell-month", "fx-nakhchivan"}


def test_naming_convention_changes_labels(app):
    at = app(date="2020-10-03", window="1", layers="shelling")
    assert "Stepanakert/Khankendi" in at.dataframe[0].value["place"].tolist()
    at.radio(key="naming").set_value("azerbaijani").run()
    assert at.dataframe[0].value["place"].tolist() == ["Khankendi"]
    assert "Khankendi \\u00b7 artillery" in map_args(at)["feature_group"] or \
        "Khankendi · artillery" in map_args(at)["feature_group"]
    at.radio(key="naming").set_value("armenian").run()
    assert at.dataframe[0].value["place"].tolist() == ["Stepanakert"]
    assert at.query_params["naming"] == "armenian"


def test_text_from_the_data_is_escaped(app):
    at = app(date="2020-10-20", window="1", layers="shelling")
    script = map_args(at)["feature_group"]
    assert drawn(at) == {"fx-script"}
    assert "<script>" not in script and "\\u003cscript" not in script
    assert "&lt;script&gt;window.cmPwned=1&lt;/script&gt;" in script
    assert "&lt;b&gt;Bold&lt;/b&gt; Ministry" in script


def test_place_search_flies_there_or_suggests(app):
    at = app()
    at.text_input(key="place_query").input("Khankendi").run()
    lat, lon = map_args(at)["center"]
    assert (round(lat, 2), round(lon, 2)) == (39.82, 46.75) and map_args(at)["zoom"] == 12
    at.text_input(key="place_query").input("Kornidzorabad").run()
    assert "Did you mean Kornidzor" in at.sidebar.warning[0].value


def test_fit_brings_every_shown_feature_into_view(app):
    at = app(date="2020-10-05", window="7", layers="shelling")
    assert drawn(at) == {"fx-shell-stepanakert", "fx-shell-ganja", "fx-shell-ganja-2", "fx-shell-month"}
    assert map_args(at)["center"] is None                       # opens on the corridor
    at.button(key="fit").click().run()
    (lat, lon), zoom = map_args(at)["center"], map_args(at)["zoom"]
    assert 39.8 < lat < 40.7 and 46.3 < lon < 46.8             # between Stepanakert and Ganja
    assert zoom == 9
    at.slider(key="date").set_value(dt.date(2020, 10, 6)).run()   # stepping keeps that view
    assert (map_args(at)["center"], map_args(at)["zoom"]) == ([lat, lon], zoom)
    at.button(key="fit").click().run()          # asked again (the user may have panned away): a new request
    again = map_args(at)["center"]
    assert again != [lat, lon] and abs(again[0] - lat) < 1e-6 and again[1] == lon


def test_timeline_chart_and_table(app):
    at = app(date="2022-08-31", window="7")
    table = at.dataframe[0].value
    assert set(table["layer"]) == {"corridors", "other"}
    assert "fx-route-bypass" not in table.columns                  # ids stay off the table
    assert len(table) == len(drawn(at))
    charts = [e.proto for e in at.main if hasattr(getattr(e, "proto", None), "spec")]
    assert len(charts) == 1
    spec = json.loads(charts[0].spec)
    marks = json.dumps(spec)
    assert '"rule"' in marks and '"bar"' in marks                  # weekly bars + the current-date rule
    assert "events per week" in marks


def test_download_buttons_are_there(app):
    at = app(date="2022-08-31", window="7")
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["GeoJSON (zip)", "CSV", "GeoPackage", "QGIS project + GeoPackage (zip)"]


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
    at = AppTest.from_file(str(DASHBOARD), default_timeout=60)
    at.query_params["date"] = "2022-09-01"
    at.run()
    assert not at.exception, at.exception
    assert any("shelling.geojson" in e.value for e in at.error)
    assert "fx-route-bypass" in drawn(at)                    # the other layers still show
    at.button(key="next").click().run()
    assert not at.exception
