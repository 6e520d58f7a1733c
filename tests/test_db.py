"""``python -m geo db`` and the live QGIS project, on a throw-away PostgreSQL + PostGIS cluster.

Skipped with the reason where the PostgreSQL binaries or PostGIS are not installed; the
live project is opened with the real QGIS of the system interpreter (tests/qgis_check.py).
"""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.test_export import COUNTS, EVENTS, GAZETTEER, SYSTEM_PYTHON, _qgis_env, _qgis_missing

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "events.csv"


def run_geo(*args, database=None, cwd=ROOT):
    env = {k: v for k, v in os.environ.items() if k != "CORRIDOR_MAP_DATABASE"}
    if database:
        env["CORRIDOR_MAP_DATABASE"] = database
    return subprocess.run([sys.executable, "-m", "geo", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "gazetteer.csv").write_text(GAZETTEER, encoding="utf-8")
    (folder / "events.csv").write_text(EVENTS, encoding="utf-8")
    return folder


@pytest.fixture
def empty_db(pg_cluster):
    """A database with nothing in it (not even PostGIS)."""
    admin = pg_cluster.url.replace("/corridor?", "/postgres?")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("CREATE DATABASE bare TEMPLATE template0")
    yield pg_cluster.url.replace("/corridor?", "/bare?")
    from geo.store.postgis import close_pools
    close_pools()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("DROP DATABASE bare WITH (FORCE)")


def test_init_creates_the_schema_once_and_says_so(empty_db):
    result = run_geo("db", "dump", "--out", os.devnull, database=empty_db)
    assert result.returncode == 1 and "python -m geo db init" in result.stderr and "Traceback" not in result.stderr
    first = run_geo("db", "init", database=empty_db)
    assert first.returncode == 0 and "applied 0001_events" in first.stderr, first.stderr
    again = run_geo("db", "init", database=empty_db)
    assert again.returncode == 0 and "applied" not in again.stderr
    with psycopg.connect(empty_db) as conn:
        assert conn.execute("SELECT version, name FROM schema_version").fetchall() == [(1, "events"), (2, "window_indexes")]
        assert conn.execute("SELECT count(*) FROM corridors").fetchone() == (0,)


def test_load_twice_changes_nothing_and_dump_gives_the_csv_back_byte_for_byte(pg_url, tmp_path):
    rows = len(DATA.read_text(encoding="utf-8").splitlines()) - 1
    first = run_geo("db", "load", DATA, database=pg_url)
    assert first.returncode == 0 and f"loaded {rows} events, 0 already there" in first.stderr, first.stderr
    second = run_geo("db", "load", DATA, database=pg_url)
    assert second.returncode == 0 and f"loaded 0 events, {rows} already there" in second.stderr
    out = tmp_path / "dump.csv"
    dumped = run_geo("db", "dump", "--out", out, database=pg_url)
    assert dumped.returncode == 0 and dumped.stdout.strip() == str(out)
    assert out.read_bytes() == DATA.read_bytes()


def test_build_from_the_database_writes_the_layers_the_files_give(pg_url, data_dir, tmp_path):
    assert run_geo("db", "load", data_dir / "events.csv", "--data", data_dir, database=pg_url).returncode == 0
    from_files = run_geo("build", "--data", data_dir, "--out", tmp_path / "files")
    from_db = run_geo("build", "--data", data_dir, "--out", tmp_path / "db", database=pg_url)
    assert from_files.returncode == 0 and from_db.returncode == 0, from_db.stderr
    for name in COUNTS:                 # the same features; only a file build names its events CSV
        from_csv = json.loads((tmp_path / "files" / f"{name}.geojson").read_text(encoding="utf-8"))
        assert from_csv.pop("built_from")["events"].endswith("events.csv")
        assert json.loads((tmp_path / "db" / f"{name}.geojson").read_text(encoding="utf-8")) == from_csv


def test_a_bad_row_loads_nothing_and_names_its_line(pg_url, data_dir):
    lines = EVENTS.splitlines()
    lines[3] = lines[3].replace("Kornidzor;Hakari Bridge", "Kornidzor;Qwertzuiopville")
    bad = data_dir / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_geo("db", "load", bad, "--data", data_dir, database=pg_url)
    assert result.returncode == 1 and f"{bad}:4: field 'place'" in result.stderr, result.stderr
    assert "Qwertzuiopville" in result.stderr and "Traceback" not in result.stderr
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (0,)


def test_an_id_held_by_another_event_is_refused(pg_url, data_dir):
    assert run_geo("db", "load", data_dir / "events.csv", "--data", data_dir, database=pg_url).returncode == 0
    changed = data_dir / "changed.csv"
    changed.write_text(EVENTS.replace("City hit by rockets,Test Wire", "City hit by rockets,Other Wire"),
                       encoding="utf-8")
    result = run_geo("db", "load", changed, "--data", data_dir, database=pg_url)
    assert result.returncode == 1 and "field 'id'" in result.stderr and "'s-ganja'" in result.stderr


def test_database_problems_are_clear_messages(tmp_path):
    missing = run_geo("db", "init")
    assert missing.returncode == 1 and "CORRIDOR_MAP_DATABASE" in missing.stderr
    bad = run_geo("build", "--out", tmp_path, database="mysql://x")
    assert bad.returncode == 1 and "not a PostgreSQL URL" in bad.stderr
    nowhere = f"postgresql://nobody:secret@/x?host={tmp_path}&port=1"
    gone = run_geo("db", "init", database=nowhere)
    assert gone.returncode == 1 and "cannot connect to the database" in gone.stderr, gone.stderr
    assert "secret" not in gone.stderr and "Traceback" not in gone.stderr
    live = run_geo("export", "--format", "qgis", "--live", "--out", tmp_path)
    assert live.returncode == 1 and "--live needs a database" in live.stderr


@pytest.mark.qgis
def test_real_qgis_reads_the_live_layers_and_sees_new_reports(pg_url, data_dir, tmp_path, gazetteer):
    reason = _qgis_missing(tmp_path)
    if reason:
        pytest.skip(reason)
    assert run_geo("db", "load", data_dir / "events.csv", "--data", data_dir, database=pg_url).returncode == 0
    exported = run_geo("export", "--format", "qgis", "--live", "--out", tmp_path / "live.qgz", database=pg_url)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == str(tmp_path / "live.qgz") and not list(tmp_path.glob("*.gpkg"))

    def qgis(*dates):
        command = [SYSTEM_PYTHON, str(ROOT / "tests" / "qgis_check.py"), str(tmp_path / "live.qgz")]
        command += [arg for d in dates for arg in ("--date", d)]
        result = subprocess.run(command, env=_qgis_env(tmp_path), capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr[-2000:]
        return json.loads(result.stdout)

    report = qgis("2022-08-26", "2022-08-29", "2022-08-30", "2023-07-15")
    assert report["read"] and report["tree"] == ["Checkpoints", "Shelling", "Other events", "Corridors"]
    assert report["time_range"] == {"start": "2020-10-02T00:00:00Z", "end": "2023-07-15T23:59:59Z"}
    for name, count in COUNTS.items():
        layer = report["layers"][name]
        assert layer["valid"] and layer["feature_count"] == count, layer
        assert f'table="public"."{name}"' in layer["source"] and "password" not in layer["source"]
        assert layer["temporal"]["active"] and layer["temporal"]["mode"] == 4
    assert report["layers"]["corridors"]["renderer"]["attribute"] == "status"
    visible = {date: entry["visible"] for date, entry in report["dates"].items()}
    assert visible["2022-08-29"]["corridors"] == ["c-old"]
    assert visible["2022-08-30"]["corridors"] == ["c-bypass"]
    assert visible["2022-08-26"]["other"] == ["o-lachin"]
    assert visible["2023-07-15"] == {"checkpoints": ["k-hakari"], "shelling": [], "other": [],
                                     "corridors": ["c-block", "c-east"]}

    from geo.store import open_store
    report_day = dict(id="s-new", layer="shelling", kind="drone", status="", place="Barda",
                      start_date="2023-07-15", end_date="2023-07-15", date_precision="day", geo_precision="town",
                      claimed_by="Test ministry", description="Drone strike.", source="Test Wire",
                      source_url="", quote="")
    assert open_store(pg_url, gazetteer=gazetteer).add_events([report_day]).ids == ["s-new"]
    after = qgis("2023-07-15")
    assert after["layers"]["shelling"]["feature_count"] == COUNTS["shelling"] + 1
    assert after["dates"]["2023-07-15"]["visible"]["shelling"] == ["s-new"]


def test_dashboard_reads_the_database_and_shows_a_report_saved_meanwhile(pg_url, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from geo.gazetteer import load_gazetteer
    from geo.store import open_store
    from tests import dashboard_fixtures
    store = open_store(pg_url, gazetteer=load_gazetteer(dashboard_fixtures.GAZETTEER))
    store.load_csv(dashboard_fixtures.EVENTS)
    monkeypatch.setenv("CORRIDOR_MAP_DATABASE", pg_url)
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(tmp_path / "no-layers-here"))
    monkeypatch.setenv("CORRIDOR_MAP_GAZETTEER", str(dashboard_fixtures.GAZETTEER))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.session_state["map"] = {"date": at.query_params["date"], "window": at.query_params["window"]}
    at.run()                                               # as the map does once drawn: the rest follows
    assert not at.exception and not at.error, (at.exception, at.error)
    assert [m.value for m in at.metric] == ["3 shown", "1 shown", "6 shown", "1 shown"]

    new = dict(id="fx-new", layer="shelling", kind="drone", status="", place="Barda", start_date="2023-07-01",
               end_date="2023-07-01", date_precision="day", geo_precision="town", claimed_by="Another desk",
               description="Saved from another server.", source="Test Wire", source_url="", quote="")
    assert store.add_events([new]).ids == ["fx-new"]
    at.run()
    assert [m.value for m in at.metric] == ["3 shown", "1 shown", "7 shown", "1 shown"]


def test_add_report_page_saves_into_the_database_once(pg_url, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from geo.store import open_store
    from tests.test_review import _fill
    monkeypatch.setenv("CORRIDOR_MAP_DATABASE", pg_url)
    monkeypatch.setenv("CORRIDOR_MAP_EVENTS", str(tmp_path / "not-used.csv"))
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(tmp_path / "not-used"))
    article = "Azerbaijani drones struck Martakert on Tuesday, the Armenian Defence Ministry said."

    def review_article():
        page = AppTest.from_file(str(ROOT / "pages" / "2_Add_report.py"), default_timeout=120)
        page.run()
        _fill(page, article, "2022-08-31")
        return page

    page = review_article()
    next(b for b in page.button if b.label.startswith("Save")).click()
    page.run()
    assert not page.exception and not page.error, page.error
    assert page.success and "Saved 1 event" in page.success[0].value
    [saved] = [e for e in open_store(pg_url).read_events() if e["place"] == "Martakert"]
    assert (saved["claimed_by"], saved["source"]) == ("Armenian MoD", "Caucasus Wire")
    again = review_article()                      # the same article again: flagged from the database
    assert list(again.dataframe[0].value["duplicate_of"]) == [saved["id"]]
    assert next(b for b in again.button if b.label.startswith("Save")).disabled
    assert not (tmp_path / "not-used.csv").exists()


def test_a_first_load_leaves_every_index_in_place(pg_url):
    assert run_geo("db", "load", DATA, database=pg_url).returncode == 0
    with psycopg.connect(pg_url) as conn:
        indexes = {name for (name,) in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'events'")}
        assert {"events_short_valid_geom", "events_long_valid_geom", "events_id_prefix", "events_corridors",
                "events_natural_key"} <= indexes
        conn.execute("SET enable_seqscan = off")                   # the table is small: force the choice
        plan = "\n".join(r[0] for r in conn.execute(
            "EXPLAIN SELECT id FROM events WHERE valid && daterange('2022-08-01', '2022-08-31', '[]') "
            "AND (shown_days(valid) <= 31 OR shown_days(valid) > 31) "
            "AND geom && ST_MakeEnvelope(46, 39, 47, 40, 4326)"))
        assert "events_short_valid_geom" in plan and "events_long_valid_geom" in plan, plan


def test_a_first_load_stores_the_rows_by_place_then_date(pg_url):
    # a view over a few days then reads a few pages per place, not a page per feature
    assert run_geo("db", "load", DATA, database=pg_url).returncode == 0
    with psycopg.connect(pg_url) as conn:
        stored = conn.execute("SELECT ST_GeoHash(ST_Centroid(geom), 6), start_date FROM events ORDER BY ctid").fetchall()
    assert len(stored) > 200 and stored == sorted(stored)


def test_a_load_leaves_the_table_vacuumed_and_analysed_for_the_saves_that_follow(pg_url):
    assert run_geo("db", "load", DATA, database=pg_url).returncode == 0
    with psycopg.connect(pg_url) as conn:
        vacuumed, analysed = conn.execute("SELECT last_vacuum IS NOT NULL, COALESCE(last_analyze, last_autoanalyze) "
                                          "IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'events'").fetchone()
    assert vacuumed and analysed


# --- the dashboard on a database larger than the browser's limit: asked, never read whole ----

def _dashboard_on(url, monkeypatch, tmp_path, limit, **query):
    """A dashboard session on the database with the browser limit ``limit``, once the map has reported."""
    from streamlit.testing.v1 import AppTest

    from tests import dashboard_fixtures
    monkeypatch.setenv("CORRIDOR_MAP_DATABASE", url)
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(tmp_path / "no-layers-here"))
    monkeypatch.setenv("CORRIDOR_MAP_GAZETTEER", str(dashboard_fixtures.GAZETTEER))
    monkeypatch.setenv("CORRIDOR_MAP_BROWSER_FEATURES", str(limit))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    return _reported(at, at.query_params["date"], at.query_params["window"])


def _reported(at, date, window):
    at.session_state["map"] = {"date": date, "window": window}
    at.run()
    assert not at.exception and not at.error, (at.exception, at.error)
    return at


def _page(at):
    """What the page shows besides the map's features: counts, the table's rows, the weeks the map
    draws above its slider, the choices."""
    args = next(json.loads(e.proto.json_args) for e in at.main
                if hasattr(getattr(e, "proto", None), "json_args") and "day_seq" in e.proto.json_args)
    return {"metrics": [(m.label, m.value, m.proto.delta) for m in at.metric],
            "table": sorted(at.dataframe[0].value.astype(str).itertuples(index=False)),
            "weeks": args["weekly"],
            "claimed_by": at.multiselect(key="claimed_by").options,
            "sources": at.multiselect(key="source").options}


@pytest.fixture
def fixture_db(pg_url):
    from geo.gazetteer import load_gazetteer
    from geo.store import open_store
    from tests import dashboard_fixtures
    open_store(pg_url, gazetteer=load_gazetteer(dashboard_fixtures.GAZETTEER)).load_csv(dashboard_fixtures.EVENTS)
    return pg_url


@pytest.mark.parametrize("query, filters", [
    ({"date": "2020-10-05", "window": "7"}, {}),
    ({"date": "2022-08-31", "window": "all"}, {}),
    ({"date": "2023-04-24", "window": "30", "layers": "corridors,checkpoints,shelling"}, {}),
    ({"date": "2020-10-31", "window": "30", "precision": "town"}, {"claimed_by": ["Azerbaijani MoD"]}),
])
def test_above_the_limit_the_page_asks_the_database_and_shows_what_reading_it_whole_shows(
        fixture_db, monkeypatch, tmp_path, query, filters):
    def shown(limit, guard):
        if guard:
            guard()
        at = _dashboard_on(fixture_db, monkeypatch, tmp_path, limit, **query)
        for field, values in filters.items():
            at.multiselect(key=field).set_value(values).run()
        return at

    whole = shown(1000, None)                                       # under the limit: read whole, as ever
    asked = shown(4, lambda: _refuse_full_reads(monkeypatch))       # over it: counts, chart, table asked
    assert _page(asked) == _page(whole)
    assert dict(asked.query_params) == dict(whole.query_params)


def _refuse_full_reads(monkeypatch):
    from geo.store.postgis import PostgisStore

    def refused(*args, **kwargs):
        raise AssertionError("the dashboard read every row of the database")
    for name in ("read_layers_reporting", "read_layers", "read_events", "build_layers"):
        monkeypatch.setattr(PostgisStore, name, refused)


def test_above_the_limit_the_map_gets_slices_from_the_database(fixture_db, monkeypatch, tmp_path):
    from geo import mapview
    _refuse_full_reads(monkeypatch)
    at = _dashboard_on(fixture_db, monkeypatch, tmp_path, 4, date="2022-08-31", window="7")
    args = next(json.loads(e.proto.json_args) for e in at.main
                if hasattr(getattr(e, "proto", None), "json_args") and "day_seq" in e.proto.json_args)
    sliced = args["sliced"]
    assert sliced["first"] <= "2022-08-31" <= sliced["last"] and sliced["window"] == "7"
    data = mapview.read_payload(ROOT / "static" / "mapdata", args["data"])
    assert 0 < data["n"] <= 4 and "fx-route-bypass" in data["id"] and "fx-shell-ganja" not in data["id"]
    every = {str(dt.date(1970, 1, 1) + dt.timedelta(days=d)) for d in data["dates"]}
    assert {"2020-10-04", "2023-04-23", "2022-12-12"} <= every          # Previous/Next know every date
    _reported(at, "2023-04-24", "7")                                   # a step out of it: the next slice
    after = next(json.loads(e.proto.json_args) for e in at.main
                 if hasattr(getattr(e, "proto", None), "json_args") and "day_seq" in e.proto.json_args)
    assert after["data"] != args["data"] and after["sliced"]["first"] <= "2023-04-24" <= after["sliced"]["last"]
    assert {"fx-blockade", "fx-checkpoint"} <= set(mapview.read_payload(ROOT / "static" / "mapdata", after["data"])["id"])
    _reported(at, "2023-07-15", "all")                                # everything so far: the latest that fit
    last = next(json.loads(e.proto.json_args) for e in at.main
                if hasattr(getattr(e, "proto", None), "json_args") and "day_seq" in e.proto.json_args)
    held = mapview.read_payload(ROOT / "static" / "mapdata", last["data"])
    assert last["sliced"]["dropped"] == 11 - held["n"] and "fx-aghdam" in held["id"]


STORED = ("id, layer, kind, status, place, start_date, end_date, date_precision, geo_precision, claimed_by, "
          "description, source, source_url, quote, place_label, place_armenian, place_azerbaijani, geo_source, "
          "ST_AsEWKT(geom), valid, natural_key")


def _stored_rows(url):
    with psycopg.connect(url) as conn:
        return conn.execute(f"SELECT {STORED} FROM events ORDER BY id").fetchall()


def test_a_load_into_a_table_with_rows_adds_what_is_new_and_stores_it_as_a_first_load_would(pg_url, data_dir):
    from geo.gazetteer import load_gazetteer
    from geo.store import open_store
    store = open_store(pg_url, gazetteer=load_gazetteer(data_dir / "gazetteer.csv"))
    lines = EVENTS.splitlines(keepends=True)
    # The same report as s-ganja, written differently (case, spacing): one event.
    again = "s-ganja-again,shelling,Artillery,, ganja,2020-10-04,2020-10-04,day,town,TEST ministry,Again,Test  Wire,,\n"
    (data_dir / "all.csv").write_text("".join(lines) + again, encoding="utf-8")

    first = store.load_csv(data_dir / "all.csv")                            # into the empty table
    assert [e["id"] for e in first.added] == [line.split(",")[0] for line in lines[1:]]
    assert [(e["id"], stored) for e, stored in first.existing] == [("s-ganja-again", "s-ganja")]
    whole = _stored_rows(pg_url)
    assert len(whole) == 10 and all(row[-3] and row[-2] for row in whole)   # geometry and days stored

    with psycopg.connect(pg_url) as conn:
        conn.execute("DELETE FROM events")
    (data_dir / "half.csv").write_text("".join(lines[:1] + lines[6:]), encoding="utf-8")
    assert len(store.load_csv(data_dir / "half.csv").added) == 5           # now a table with rows
    with psycopg.connect(pg_url) as conn:
        indexes = conn.execute("SELECT indexrelid FROM pg_index WHERE indrelid = 'events'::regclass").fetchall()
    second = store.load_csv(data_dir / "all.csv")
    assert [e["id"] for e in second.added] == [line.split(",")[0] for line in lines[1:6]]
    assert sorted((e["id"], stored) for e, stored in second.existing) == sorted(
        [(line.split(",")[0],) * 2 for line in lines[6:]] + [("s-ganja-again", "s-ganja")])
    assert _stored_rows(pg_url) == whole
    with psycopg.connect(pg_url) as conn:                                   # the indexes were not rebuilt
        assert conn.execute("SELECT indexrelid FROM pg_index WHERE indrelid = 'events'::regclass").fetchall() == indexes
    assert not store.load_csv(data_dir / "all.csv").added and _stored_rows(pg_url) == whole


def test_a_bad_row_deep_in_the_file_loads_nothing_into_a_table_with_rows(pg_url, data_dir):
    assert run_geo("db", "load", data_dir / "events.csv", "--data", data_dir, database=pg_url).returncode == 0
    before = _stored_rows(pg_url)
    bad = data_dir / "bad.csv"
    bad.write_text(EVENTS + "n-1,shelling,drone,,Barda,2023-01-01,,day,town,A,d,New Wire,,\n"
                   "n-2,shelling,drone,,Barda,2023-01-01,2022-12-31,day,town,A,d,New Wire,,\n", encoding="utf-8")
    result = run_geo("db", "load", bad, "--data", data_dir, database=pg_url)
    assert result.returncode == 1 and f"{bad}:13: field 'end_date'" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and _stored_rows(pg_url) == before


@pytest.mark.parametrize("added, line, field", [
    # A place not found above a row that is not valid: the row is reported, as the build does.
    (["n-1,shelling,drone,,Qwertzuiopville,2023-01-01,,day,town,A,d,New Wire,,",
      "n-2,shelling,drone,,Barda,2023-01-01,2022-12-31,day,town,A,d,New Wire,,"], 13, "end_date"),
    (["n-1,shelling,drone,,Barda,2023-01-01,,day,town,A,d,New Wire,,",
      "n-2,shelling,drone,,Qwertzuiopville,2023-01-01,,day,town,A,d,New Wire,,"], 13, "place"),
    # The old road again, on a day it was open, as blockaded.
    (["n-1,corridors,blockade,blockaded,Goris;Lachin;Stepanakert,2021-01-01,2021-01-02,day,town,A,d,New Wire,,"],
     12, "start_date"),
])
def test_a_first_load_stops_where_the_build_stops_and_stores_nothing(pg_url, data_dir, tmp_path, added, line, field):
    bad = data_dir / "events.csv"
    bad.write_text(EVENTS + "\n".join(added) + "\n", encoding="utf-8")
    build = run_geo("build", "--data", data_dir, "--out", tmp_path / "layers")
    load = run_geo("db", "load", bad, "--data", data_dir, database=pg_url)
    assert build.returncode == load.returncode == 1 and "Traceback" not in load.stderr, load.stderr
    assert build.stderr.strip().splitlines()[-1] == load.stderr.strip().splitlines()[-1]
    assert f"events.csv:{line}: field '{field}'" in load.stderr
    assert _stored_rows(pg_url) == []
