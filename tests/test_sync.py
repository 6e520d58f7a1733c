"""Layers know the events CSV they were built from: stale or broken layers are rebuilt or reported, never shown as
if current, and a bad file or feature is a message naming it, not a traceback."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from geo import sync
from geo.errors import LayerError
from geo.events import read_events, write_events
from geo.layers import read_layers, read_layers_checked

PROJECT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "data" / "mini"


@pytest.fixture
def built(tmp_path):
    """A data folder and the layers `python -m geo build` made from it."""
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    layers = tmp_path / "layers"
    result = subprocess.run([sys.executable, "-m", "geo", "build", "--data", data, "--out", layers], cwd=PROJECT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return data / "events.csv", layers


def layer_ids(layers_dir):
    return {f["id"] for n in ("corridors", "shelling", "checkpoints")
            for f in json.loads((layers_dir / f"{n}.geojson").read_text(encoding="utf-8"))["features"]}


def csv_map_ids(events_csv):
    return {e["id"] for _, e in read_events(events_csv) if e["layer"] != "other"}


def test_build_records_the_csv_it_came_from(built):
    events_csv, layers = built
    head = json.loads((layers / "shelling.geojson").read_text(encoding="utf-8"))
    assert head["built_from"] == {"events": "../data/events.csv", "sha256": sync.fingerprint(events_csv)}
    assert sync.stale(layers) is None and sync.ensure_current(layers) is False


def test_a_save_killed_while_writing_the_csv_leaves_no_temporary_file_after_a_reader(built):
    """The kill came before the CSV's rename: the layers are current, but the CSV's temp file must go."""
    events_csv, layers = built
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()         # a pid that has ended
    left = events_csv.parent / f".events.csv.{dead}.x1y2.tmp"
    left.write_text("id,layer\n", encoding="utf-8")
    assert sync.ensure_current(layers) is False                                  # nothing to rebuild
    assert not left.exists()


def test_layers_left_behind_by_a_cut_save_are_rebuilt_by_the_next_reader(built):
    """What a kill between the CSV's rename and the layers' leaves: the CSV has a row the map lacks."""
    events_csv, layers = built
    rows = [e for _, e in read_events(events_csv)]
    write_events(events_csv, rows + [dict(rows[2], id="t-new-row", start_date="2020-10-05", end_date="2020-10-05")])
    assert "t-new-row" not in layer_ids(layers)
    assert "not built from the current" in sync.stale(layers)
    loaded, messages = sync.load_current(layers)
    assert "t-new-row" in set(loaded["shelling"]["id"])
    assert any("rebuilt" in m for m in messages)
    assert layer_ids(layers) == csv_map_ids(events_csv) and sync.stale(layers) is None


def test_a_truncated_layer_with_its_csv_is_rebuilt(built):
    events_csv, layers = built
    path = layers / "shelling.geojson"
    path.write_bytes(path.read_bytes()[:-200])
    loaded, messages = sync.load_current(layers)
    assert set(loaded["shelling"]["id"]) == {"t-shell-ganja", "t-shell-ganja-b"}
    assert json.loads(path.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def test_a_truncated_layer_without_its_csv_is_named_and_the_rest_still_loads(built):
    events_csv, layers = built
    events_csv.unlink()
    (layers / "shelling.geojson").write_text('{"type": "FeatureCollection", "features": [{"type": "Fea',
                                            encoding="utf-8")
    loaded, messages = sync.load_current(layers)
    assert len(messages) == 1 and "shelling.geojson is not valid JSON" in messages[0]
    assert "python -m geo build" in messages[0]
    assert loaded["shelling"].empty and len(loaded["corridors"]) == 2 and len(loaded["checkpoints"]) == 1
    with pytest.raises(LayerError, match="shelling.geojson"):
        read_layers(layers)


@pytest.mark.parametrize("mutate, message", [
    (lambda f: f["properties"].pop("claimed_by"), "lacks the property"),
    (lambda f: f.pop("properties"), "has no properties"),
    (lambda f: f["properties"].update(start_date="20221212"), "start_date"),
    (lambda f: f["properties"].update(start_date="9999-12-31", end_date="9999-12-31"), "start_date"),
    (lambda f: f["properties"].update(end_date="0001-01-01"), "end_date"),
    (lambda f: f.update(geometry={"type": "Point", "coordinates": ["x", 1]}), "numeric coordinates"),
    (lambda f: f.update(geometry=None), "geometry"),
])
def test_a_bad_feature_is_left_out_with_a_message_naming_it(built, mutate, message):
    _, layers = built
    path = layers / "shelling.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    del collection["built_from"]                       # hand-made: nothing to rebuild from
    mutate(collection["features"][0])
    path.write_text(json.dumps(collection), encoding="utf-8")
    loaded, problems = read_layers_checked(layers)
    assert len(loaded["shelling"]) == 1 and len(loaded["corridors"]) == 2
    assert len(problems) == 1 and "shelling.geojson" in str(problems[0]) and message in str(problems[0])


def test_a_wrong_schema_file_is_named(built):
    _, layers = built
    (layers / "corridors.geojson").write_text('{"type": "Topology", "objects": {}}', encoding="utf-8")
    (layers / "shelling.geojson").write_text("[1, 2]", encoding="utf-8")
    loaded, problems = read_layers_checked(layers)
    assert sorted(Path(p.path).name for p in problems) == ["corridors.geojson", "shelling.geojson"]
    assert all("not a GeoJSON FeatureCollection" in str(p) for p in problems)
    assert len(loaded["checkpoints"]) == 1


def test_version_changes_when_the_csv_changes_under_the_layers(built):
    events_csv, layers = built
    before = sync.version(layers)
    events_csv.write_text(events_csv.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert sync.version(layers) != before


def test_stale_layers_that_cannot_be_rebuilt_here_are_a_message(built, monkeypatch):
    """A dashboard running as a user who may read but not write: the old layers, and what to do."""
    events_csv, layers = built
    rows = [e for _, e in read_events(events_csv)]
    write_events(events_csv, rows + [dict(rows[2], id="t-new-row", start_date="2020-10-05", end_date="2020-10-05")])

    def refused(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(sync.FileLock, "acquire", refused)
    loaded, messages = sync.load_current(layers)
    assert len(loaded["shelling"]) == 2                                  # the layers as they are
    assert len(messages) == 1 and "cannot be rebuilt here (Permission denied)" in messages[0]
    assert "python -m geo build" in messages[0]
