"""Files are replaced all or nothing, keep their modes, and dead writers' temporary files are cleaned up."""

import os
import stat
import subprocess
import sys

from geo import atomic
from geo.events import write_events
from geo.layers import build_from_file, write_layers

ROW = {"id": "t-1", "layer": "shelling", "kind": "artillery", "status": "", "place": "Barda",
       "start_date": "2020-10-04", "end_date": "2020-10-04", "date_precision": "day", "geo_precision": "town",
       "claimed_by": "Side A", "description": "d", "source": "S", "source_url": "", "quote": ""}


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_rewritten_files_keep_their_mode(tmp_path, gazetteer):
    events = tmp_path / "events.csv"
    write_events(events, [ROW])
    os.chmod(events, 0o644)
    layers = tmp_path / "layers"
    write_layers(build_from_file(events, gazetteer), layers)
    for path in layers.iterdir():
        os.chmod(path, 0o644)
    write_events(events, [ROW, dict(ROW, id="t-2")])
    write_layers(build_from_file(events, gazetteer), layers)
    assert mode(events) == 0o644
    assert {p.name: mode(p) for p in layers.iterdir()} == {
        f"{n}.geojson": 0o644 for n in ("corridors", "shelling", "checkpoints", "other")}
    os.chmod(events, 0o640)                 # a deliberate mode is kept too
    write_events(events, [ROW])
    assert mode(events) == 0o640


def test_new_files_get_the_umask_mode_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        atomic.write_text(tmp_path / "new.csv", "a\n")
    finally:
        os.umask(old)
    assert mode(tmp_path / "new.csv") == 0o644


def test_only_dead_writers_temporary_files_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".events.csv.{dead_pid}.abc123.tmp"
    stale_gpkg = tmp_path / f".corridor-map.gpkg.{dead_pid}.x_9.tmp.gpkg"
    mine = tmp_path / f".events.csv.{os.getpid()}.abc123.tmp"
    other = tmp_path / "notes.tmp"                       # not one of ours
    for path in (stale, stale_gpkg, mine, other):
        path.write_text("partial")
    removed = atomic.clean_stale_temps(tmp_path)
    assert sorted(removed) == sorted([stale, stale_gpkg])
    assert mine.exists() and other.exists() and not stale.exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "events.csv"
    target.write_text("old\n")

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    try:
        atomic.write_text(target, "new\n")
    except OSError as exc:
        assert exc.errno == 28
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]
