"""The map's first paint from a remembered features file: used only while it is still the data's."""

import json
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo import first_paint, mapview
from geo.store import open_store
from tests import dashboard_fixtures
from tests.dashboard_fixtures import map_args

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"
MAPDATA = Path(__file__).resolve().parent.parent / "static" / "mapdata"


@pytest.fixture
def layers_dir(tmp_path, monkeypatch):
    """Fixture layers of their own (a version no other test has read), a cache folder of their own."""
    monkeypatch.setenv("CORRIDOR_MAP_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(tmp_path / "layers"))
    monkeypatch.setenv("CORRIDOR_MAP_GAZETTEER", str(dashboard_fixtures.GAZETTEER))
    return dashboard_fixtures.build(tmp_path / "layers")


def version(layers_dir):
    from geo import settings
    return open_store(None, settings.get().events_csv, layers_dir).version()


def test_a_build_remembers_the_default_view_with_every_feature_and_the_span(layers_dir, tmp_path):
    name = first_paint.prepare(layers_dir, tmp_path / "mapdata")
    found = first_paint.lookup(layers_dir, version(layers_dir), tmp_path / "mapdata")
    assert found.payload == name
    sent = mapview.read_payload(tmp_path / "mapdata", name)
    features = [f["properties"] for path in layers_dir.glob("*.geojson") for f in json.loads(path.read_text())["features"]]
    assert sorted(sent["id"]) == sorted(f["id"] for f in features)
    days = [f[k] for f in features for k in ("start_date", "end_date") if f.get(k)]
    assert (found.first.isoformat(), found.last.isoformat()) == (min(days), max(days))


def test_a_rewritten_layer_file_or_a_lost_features_file_is_not_used(layers_dir, tmp_path):
    mapdata = tmp_path / "mapdata"
    name = first_paint.prepare(layers_dir, mapdata)
    assert first_paint.lookup(layers_dir, version(layers_dir), mapdata) is not None
    shelling = layers_dir / "shelling.geojson"
    data = json.loads(shelling.read_text())
    data["features"] = data["features"][:1]
    shelling.write_text(json.dumps(data))                  # a new build with other events
    assert first_paint.lookup(layers_dir, version(layers_dir), mapdata) is None
    first_paint.prepare(layers_dir, mapdata)
    assert first_paint.lookup(layers_dir, version(layers_dir), mapdata).payload != name
    for path in mapdata.iterdir():
        path.unlink()
    assert first_paint.lookup(layers_dir, version(layers_dir), mapdata) is None


def test_an_edited_gazetteer_changes_the_labels_so_the_record_is_not_used(layers_dir, tmp_path, monkeypatch):
    gazetteer = tmp_path / "gazetteer.csv"
    shutil.copy(dashboard_fixtures.GAZETTEER, gazetteer)
    monkeypatch.setenv("CORRIDOR_MAP_GAZETTEER", str(gazetteer))
    first_paint.prepare(layers_dir, tmp_path / "mapdata")
    assert first_paint.lookup(layers_dir, version(layers_dir), tmp_path / "mapdata") is not None
    with open(gazetteer, "a", encoding="utf-8") as f:
        f.write("\n")
    assert first_paint.lookup(layers_dir, version(layers_dir), tmp_path / "mapdata") is None


def test_more_features_than_the_map_gets_at_once_are_not_remembered(layers_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("CORRIDOR_MAP_BROWSER_FEATURES", "3")
    assert first_paint.prepare(layers_dir, tmp_path / "mapdata") is None
    assert first_paint.lookup(layers_dir, version(layers_dir), tmp_path / "mapdata") is None


def test_a_record_made_under_a_higher_limit_is_not_used_under_a_lower_one(layers_dir, tmp_path, monkeypatch):
    assert first_paint.prepare(layers_dir, tmp_path / "mapdata") is not None
    monkeypatch.setenv("CORRIDOR_MAP_BROWSER_FEATURES", "3")           # the server now sends slices of dates
    assert first_paint.lookup(layers_dir, version(layers_dir), tmp_path / "mapdata") is None


def test_the_first_run_draws_the_map_without_reading_the_layers_and_the_page_follows(layers_dir, monkeypatch):
    from geo import layer_cache
    name = first_paint.prepare(layers_dir, MAPDATA)
    read = layer_cache.read_layers_checked

    def refuse(folder):
        raise AssertionError("the first run read the layers")
    monkeypatch.setattr(layer_cache, "read_layers_checked", refuse)
    at = AppTest.from_file(str(DASHBOARD), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    args = map_args(at)
    assert args["data"] == name
    monkeypatch.setattr(layer_cache, "read_layers_checked", read)
    at.session_state["map"] = {"date": args["day"], "window": args["window"]}    # the map has drawn
    at.run()
    assert not at.exception, at.exception
    assert map_args(at)["data"] == name                     # the same file: the map draws nothing again
    assert any("On the map now" in h.value for h in at.subheader)


def test_a_tab_reconnecting_to_a_new_session_gets_the_whole_page(layers_dir):
    """After a restart the browser reruns with its widgets' values: the map has drawn and reported,
    so the first run of the new session goes on to the whole page."""
    from streamlit.proto.WidgetStates_pb2 import WidgetStates
    first_paint.prepare(layers_dir, MAPDATA)
    before = AppTest.from_file(str(DASHBOARD), default_timeout=60)
    before.run()
    args = map_args(before)
    map_id = next(e.proto.id for e in before.main if getattr(getattr(e, "proto", None), "json_args", None))
    states = WidgetStates()
    widget = states.widgets.add()
    widget.id = map_id
    widget.json_value = json.dumps({"date": args["day"], "window": args["window"]})
    at = AppTest.from_file(str(DASHBOARD), default_timeout=60)
    at._run(states)
    assert not at.exception, [e.value for e in at.exception]
    assert any("On the map now" in h.value for h in at.subheader)


def test_a_filtered_view_in_the_url_reads_the_layers(layers_dir, monkeypatch):
    from geo import layer_cache
    first_paint.prepare(layers_dir, MAPDATA)
    calls = []
    read = layer_cache.read_layers_checked
    monkeypatch.setattr(layer_cache, "read_layers_checked", lambda folder: calls.append(folder) or read(folder))
    at = AppTest.from_file(str(DASHBOARD), default_timeout=60)
    at.query_params["kind"] = "artillery"
    at.run()
    assert not at.exception, at.exception
    assert calls, "a filtered view was drawn from the default view's file"
