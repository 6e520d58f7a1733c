"""The ``python -m geo`` contract: build, geocode, and what bad input does."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "data" / "mini"


def run_geo(*args, cwd=PROJECT):
    return subprocess.run([sys.executable, "-m", "geo", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def data_dir(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    return data


def test_build_writes_four_rfc7946_layers(data_dir, tmp_path):
    out = tmp_path / "layers"
    result = run_geo("build", "--data", data_dir, "--out", out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["checkpoints.geojson", "corridors.geojson",
                                                      "other.geojson", "shelling.geojson"]
    corridors = json.loads((out / "corridors.geojson").read_text(encoding="utf-8"))
    assert corridors["type"] == "FeatureCollection" and "crs" not in corridors
    old = next(f for f in corridors["features"] if f["id"] == "t-route-old")
    assert old["geometry"]["type"] == "LineString"
    lon, lat = old["geometry"]["coordinates"][0]             # lon/lat order: Goris
    assert (round(lon, 2), round(lat, 2)) == (46.34, 39.51)
    assert len(old["geometry"]["coordinates"]) == 5
    assert old["properties"]["end_date"] == "2022-08-30"
    new = next(f for f in corridors["features"] if f["id"] == "t-route-new")
    assert new["properties"]["end_date"] is None              # open interval
    assert "Stepanakert/Khankendi" in new["properties"]["place_label"]
    shelling = json.loads((out / "shelling.geojson").read_text(encoding="utf-8"))
    claims = sorted(f["properties"]["claimed_by"] for f in shelling["features"])
    assert claims == ["Side A", "Side B"]                     # two claims stay two features
    assert all(f["geometry"]["type"] == "Point" for f in shelling["features"])
    checkpoints = json.loads((out / "checkpoints.geojson").read_text(encoding="utf-8"))
    assert [f["properties"]["geo_source"] for f in checkpoints["features"]] == ["curated"]


def test_build_is_reproducible(data_dir, tmp_path):
    run_geo("build", "--data", data_dir, "--out", tmp_path / "a")
    run_geo("build", "--data", data_dir, "--out", tmp_path / "b")
    for name in ("corridors", "shelling", "checkpoints"):
        assert (tmp_path / "a" / f"{name}.geojson").read_bytes() == \
            (tmp_path / "b" / f"{name}.geojson").read_bytes()


def test_geocode_json_contract():
    result = run_geo("geocode", "Xankəndi", "Yevlah", "Nowhereville Zzq", "--json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0].keys() == {"query", "name", "lat", "lon", "source", "precision", "country"}
    assert lines[0]["query"] == "Xankəndi" and lines[0]["country"] == "AZ"
    assert "Stepanakert" in lines[0]["name"] and "Khankendi" in lines[0]["name"]
    assert lines[1]["name"] == "Yevlakh"
    assert lines[2].keys() == {"query", "error"}
    assert result.returncode == 1                             # one name was not found


def test_geocode_all_found_exits_0():
    result = run_geo("geocode", "Barda", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["country"] == "AZ"


BAD_ROWS = {
    "malformed row": ("t-x,shelling,artillery,,Barda,2020-10-04", None, "malformed row"),
    "unknown layer": ("t-x,roads,artillery,,Barda,2020-10-04,2020-10-04,day,town,A,d,S,,", "layer",
                      "unknown value 'roads'"),
    "impossible date": ("t-x,shelling,artillery,,Barda,2020-02-30,2020-02-30,day,town,A,d,S,,",
                        "start_date", "not a valid date"),
    "end before start": ("t-x,shelling,artillery,,Barda,2020-10-04,2020-10-01,day,town,A,d,S,,",
                         "end_date", "before start_date"),
    "unresolvable place": ("t-x,shelling,artillery,,Yevlakhh Zzq,2020-10-04,2020-10-04,day,town,A,d,S,,",
                           "place", "did you mean"),
    "duplicate id": ("t-meeting,shelling,artillery,,Barda,2020-10-04,2020-10-04,day,town,A,d,S,,", "id",
                     "duplicate id"),
    "corridor of one place": ("t-x,corridors,route,open,Lachin,2020-10-04,,day,town,A,d,S,,", "place",
                              "at least two waypoints"),
    # date.fromisoformat takes these; the dashboard then died on them
    "compact date": ("t-x,shelling,artillery,,Barda,20221212,,day,town,A,d,S,,", "start_date",
                     "not a valid date (YYYY-MM-DD)"),
    "week date": ("t-x,shelling,artillery,,Barda,2022-W50-1,,day,town,A,d,S,,", "start_date",
                  "not a valid date (YYYY-MM-DD)"),
    "year 9999": ("t-x,shelling,artillery,,Barda,9999-12-31,9999-12-31,day,town,A,d,S,,", "start_date",
                  "outside the years this project accepts (1900-2100)"),
    "year 1 end": ("t-x,checkpoints,checkpoint,,Barda,2020-10-04,0001-01-01,day,town,A,d,S,,", "end_date",
                   "outside the years"),
    "year 1 start": ("t-x,shelling,artillery,,Barda,0001-01-01,,day,town,A,d,S,,", "start_date",
                     "outside the years"),
}


@pytest.mark.parametrize("case", BAD_ROWS, ids=list(BAD_ROWS))
def test_bad_input_exits_1_naming_file_line_field_and_writes_nothing(data_dir, tmp_path, case):
    row, field, message = BAD_ROWS[case]
    events = data_dir / "events.csv"
    events.write_text(events.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    bad_line = len(events.read_text(encoding="utf-8").splitlines())
    out = tmp_path / "layers"
    out.mkdir()
    (out / "corridors.geojson").write_text("previous build\n", encoding="utf-8")
    result = run_geo("build", "--data", data_dir, "--out", out)
    assert result.returncode == 1
    assert f"events.csv:{bad_line}" in result.stderr
    if field:
        assert f"field '{field}'" in result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["corridors.geojson"]   # nothing half-written
    assert (out / "corridors.geojson").read_text(encoding="utf-8") == "previous build\n"


def test_missing_events_file_is_a_clear_error(tmp_path):
    result = run_geo("build", "--data", tmp_path, "--out", tmp_path / "layers")
    assert result.returncode == 1
    assert "events.csv" in result.stderr and "Traceback" not in result.stderr


def test_committed_layers_are_up_to_date(tmp_path):
    """layers/ is what a QGIS user drags in without Python: it must match data/."""
    result = run_geo("build", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    for name in ("corridors", "shelling", "checkpoints"):
        built = json.loads((tmp_path / f"{name}.geojson").read_text(encoding="utf-8"))
        committed = json.loads((PROJECT / "layers" / f"{name}.geojson").read_text(encoding="utf-8"))
        assert committed["built_from"]["events"] == "../data/events.csv"       # relative: the clone moves
        built["built_from"]["events"] = committed["built_from"]["events"]
        assert built == committed, f"layers/{name}.geojson is stale: run `python -m geo build`"


def test_a_byte_order_mark_is_accepted(data_dir, tmp_path):
    """Excel saves CSV as UTF-8 with a BOM: it is the same table."""
    events = data_dir / "events.csv"
    events.write_bytes(b"\xef\xbb\xbf" + events.read_bytes())
    result = run_geo("build", "--data", data_dir, "--out", tmp_path / "layers")
    assert result.returncode == 0, result.stderr
    assert "t-route-old" in (tmp_path / "layers" / "corridors.geojson").read_text(encoding="utf-8")


def test_a_repeated_header_column_is_an_error_naming_it(data_dir, tmp_path):
    events = data_dir / "events.csv"
    lines = events.read_text(encoding="utf-8").splitlines()
    lines = [line + ("," + line.split(",")[10] if i else ",description") for i, line in enumerate(lines)]
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_geo("build", "--data", data_dir, "--out", tmp_path / "layers")
    assert result.returncode == 1
    assert "events.csv:1: field 'description'" in result.stderr and "twice" in result.stderr
    assert not (tmp_path / "layers").exists()


@pytest.mark.parametrize("args, code, message", [
    (["extract", "README.md", "--published", "yesterday"], 1, "--published: not a valid date"),
    (["extract", "README.md", "--published", "20221212"], 1, "--published: not a valid date"),
    (["extract", "README.md", "--published", "1850-01-01"], 1, "outside the years"),
    (["export", "--format", "shp2"], 1, "unknown export format 'shp2'"),
    (["extract", "README.md"], 2, "required: --published"),
    (["frobnicate"], 2, "invalid choice"),
    (["build", "--colour", "red"], 2, "unrecognized arguments"),
])
def test_exit_codes_bad_input_1_usage_2(args, code, message):
    result = run_geo(*args)
    assert result.returncode == code and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_help_states_the_exit_codes():
    assert "0 ok, 1 bad input (file, row or option value), 2 usage error" in \
        " ".join(run_geo("--help").stdout.split())
