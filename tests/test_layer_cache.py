"""The disk copy of the checked layers: read back equal to the GeoJSON, never stale, and never a reason to fail."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from geopandas.testing import assert_geodataframe_equal

from geo import layer_cache, layers, sync

PROJECT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "data" / "mini"


@pytest.fixture(scope="module")
def build(tmp_path_factory, gazetteer):
    """Layers `python -m geo build` made from the mini data set, and the cache folder it used
    (holding the user's gazetteer index, so that the build does not index GeoNames again)."""
    from geo import settings
    root = tmp_path_factory.mktemp("build")
    cache = root / "cache"
    cache.mkdir()
    for index in settings.get().cache_dir.glob("gazetteer-*.pickle"):
        (cache / index.name).symlink_to(index)
    data = root / "data"
    shutil.copytree(MINI, data)
    out = root / "layers"
    result = subprocess.run([sys.executable, "-m", "geo", "build", "--data", data, "--out", out], cwd=PROJECT,
                            capture_output=True, text=True, timeout=300, env={**os.environ, "CORRIDOR_MAP_CACHE": str(cache)})
    assert result.returncode == 0, result.stderr
    return out, cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CORRIDOR_MAP_CACHE", str(folder))
    return folder


@pytest.fixture
def built(build, tmp_path, cache):
    """A copy of the built layers (its data folder beside it) for one test, with an empty cache folder."""
    out = tmp_path / "layers"
    shutil.copytree(build[0].parent / "data", tmp_path / "data")
    shutil.copytree(build[0], out)
    return out


def copies(cache):
    return sorted(cache.glob("layers-*.pickle"))


def no_slow_reads(monkeypatch):
    def refuse(folder):
        raise AssertionError("the GeoJSON was read again")
    monkeypatch.setattr(layers, "read_layers_checked", refuse)


def test_the_build_leaves_a_copy_that_reads_back_equal_to_the_files(build, monkeypatch):
    out, cache = build
    monkeypatch.setenv("CORRIDOR_MAP_CACHE", str(cache))
    expected, expected_problems = layers.read_layers_checked(out)
    assert len(copies(cache)) == 1
    no_slow_reads(monkeypatch)
    got, problems = layer_cache.read_layers_checked(out)
    assert set(got) == set(expected) and problems == expected_problems == []
    for name in expected:
        assert_geodataframe_equal(got[name], expected[name])
        assert list(got[name].index) == list(expected[name].index)


def test_an_edited_layer_file_is_read_again_and_replaces_the_old_copy(built, cache):
    layer_cache.read_layers_checked(built)
    path = built / "shelling.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    kept = collection["features"][0]["properties"]["id"]
    collection["features"] = collection["features"][:1]
    path.write_text(json.dumps(collection), encoding="utf-8")
    old = copies(cache)
    got, _ = layer_cache.read_layers_checked(built)
    assert list(got["shelling"]["id"]) == [kept]
    assert len(copies(cache)) == 1 and copies(cache) != old


def test_a_left_out_feature_is_still_named_when_read_from_the_copy(built, cache, monkeypatch):
    path = built / "shelling.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    collection["features"][0]["properties"]["start_date"] = "20221212"
    path.write_text(json.dumps(collection), encoding="utf-8")
    first = layer_cache.read_layers_checked(built)[1]
    no_slow_reads(monkeypatch)
    again = layer_cache.read_layers_checked(built)[1]
    assert [str(p) for p in again] == [str(p) for p in first] and len(first) == 1
    assert "shelling.geojson" in str(again[0]) and "start_date" in str(again[0])
    assert type(again[0]) is type(first[0])


def test_a_damaged_copy_only_means_reading_the_files(built, cache):
    layer_cache.read_layers_checked(built)
    (copy,) = copies(cache)
    copy.write_bytes(b"not a pickle")
    got, problems = layer_cache.read_layers_checked(built)
    assert len(got["corridors"]) == 2 and problems == []


def test_an_unwritable_cache_only_means_reading_the_files(built, tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("CORRIDOR_MAP_CACHE", str(blocker / "cache"))
    got, problems = layer_cache.read_layers_checked(built)
    assert len(got["corridors"]) == 2 and problems == []


def test_a_copy_of_another_folder_left_unread_for_a_month_is_removed(built, cache, tmp_path):
    import time
    layer_cache.read_layers_checked(built)
    other = cache / "layers-0000000000000000-1111111111111111.pickle"
    other.write_bytes(b"x")
    month_ago = time.time() - 31 * 86400
    os.utime(other, (month_ago, month_ago))
    (built / "other.geojson").unlink()           # a new signature: the copy is written again
    layer_cache.read_layers_checked(built)
    assert not other.exists() and len(copies(cache)) == 1


def test_the_dashboards_reader_goes_through_the_copy(built, cache, monkeypatch):
    layer_cache.read_layers_checked(built)
    no_slow_reads(monkeypatch)
    loaded, messages = sync.load_current(built)
    assert len(loaded["corridors"]) == 2 and messages == []
