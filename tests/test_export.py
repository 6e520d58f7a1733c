"""Tests of geo.export: GeoPackage, QGIS project, GeoJSON, CSV, where files go, atomic writes.

The fast tests read the outputs back with pyogrio, sqlite3, ogrinfo (when installed) and
the XML parser. The ``qgis`` test opens the exported project with the real QGIS of the
system interpreter (tests/qgis_check.py) and is skipped where python3-qgis is missing.
"""

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pyogrio
import pytest

from geo import export as ex
from geo import styles
from geo.errors import GeoError
from geo.gazetteer import load_gazetteer
from geo.layers import build_from_file

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"

GAZETTEER = """\
name,alt_names,lat,lon,country,precision,armenian_name,azerbaijani_name,source
Goris,,39.5111,46.3386,AM,town,,,test fixture
Kornidzor,,39.4631,46.4158,AM,town,,,test fixture
Hakari Bridge,Hakari checkpoint,39.4561,46.5094,AZ,site,,,test fixture
Lachin,Berdzor,39.6400,46.5461,AZ,town,Berdzor,Lachin,test fixture
Stepanakert,Khankendi,39.8153,46.7519,AZ,town,Stepanakert,Khankendi,test fixture
Aghdam,,39.9931,46.9300,AZ,town,,,test fixture
Ganja,,40.6828,46.3606,AZ,town,,,test fixture
Barda,,40.3744,47.1266,AZ,town,,,test fixture
"""

# Written for these tests: an old route that ends the day a bypass opens, a blockade
# with no end, a one-day proposal, one-day shelling reports and two checkpoints.
EVENTS = """\
id,layer,kind,status,place,start_date,end_date,date_precision,geo_precision,claimed_by,description,source,source_url,quote
c-old,corridors,route,open,Goris;Lachin;Stepanakert,2020-11-10,2022-08-30,day,town,Ceasefire statement,Old road through the town in use,Test Wire,,
c-bypass,corridors,route_change,open,Kornidzor;Hakari Bridge;Stepanakert,2022-08-30,2022-12-12,day,town,Test ministry,Bypass road replaces the old route,Test Wire,,
c-block,corridors,blockade,blockaded,Kornidzor;Hakari Bridge;Stepanakert,2022-12-12,,day,town,Test observers,Road blocked since mid-December,Test Wire,https://example.org/a,
c-east,corridors,route,proposed,Aghdam;Stepanakert,2023-07-15,2023-07-15,day,town,Test government,Eastern road offered,Test Wire,,
s-ganja,shelling,artillery,,Ganja,2020-10-04,2020-10-04,day,town,Test ministry,City hit by rockets,Test Wire,,
s-barda,shelling,missile,,Barda,2020-10-28,2020-10-28,day,town,Test ministry,"Missile strike on the town, two dead",Test Wire,,
s-step,shelling,artillery,,Stepanakert,2020-10-02,2020-10-02,day,town,Test officials,Capital shelled,Test Wire,,
k-hakari,checkpoints,checkpoint,,Hakari Bridge,2023-04-23,,day,site,Test ministry,Checkpoint set up at the bridge,Test Wire,,
k-lachin,checkpoints,checkpoint,,Lachin,2020-11-12,2022-08-26,day,town,Test ministry,Peacekeeper post at the town,Test Wire,,
o-lachin,other,handover,,Lachin,2022-08-26,2022-08-26,day,town,Test ministry,Town handed over,Test Wire,,
"""
COUNTS = {"corridors": 4, "shelling": 3, "checkpoints": 2, "other": 1}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    (folder / "gazetteer.csv").write_text(GAZETTEER, encoding="utf-8")
    (folder / "events.csv").write_text(EVENTS, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def layers(data_dir):
    return build_from_file(data_dir / "events.csv", load_gazetteer(data_dir / "gazetteer.csv"))


@pytest.fixture(scope="module")
def qgis_export(layers, tmp_path_factory):
    folder = tmp_path_factory.mktemp("qgis")
    paths = ex.export(layers, "qgis", folder)
    return folder, paths


def _qgs(qgz):
    with zipfile.ZipFile(qgz) as archive:
        names = archive.namelist()
        assert len(names) == 1 and names[0].endswith(".qgs")
        return ET.fromstring(archive.read(names[0]))


# --- GeoPackage -----------------------------------------------------------------------------

def test_geopackage_has_one_table_per_layer_with_all_features(layers, tmp_path):
    [path] = ex.export(layers, "gpkg", tmp_path)
    assert path == tmp_path / "corridor-map.gpkg"
    listed = {name: geometry for name, geometry in pyogrio.list_layers(path)}
    assert listed == {"corridors": "LineString", "shelling": "Point", "checkpoints": "Point", "other": "Point",
                      "layer_styles": None}
    for name, count in COUNTS.items():
        frame = pyogrio.read_dataframe(path, layer=name)
        assert len(frame) == count
        assert frame.crs.to_epsg() == 4326
        assert sorted(frame["id"]) == sorted(layers[name]["id"])


def test_geopackage_dates_are_date_fields_and_the_rest_text(layers, tmp_path):
    [path] = ex.export(layers, "gpkg", tmp_path)
    info = pyogrio.read_info(path, layer="corridors")
    types = dict(zip(info["fields"], info["dtypes"]))
    assert set(info["fields"]) == set(ex.COLUMNS)
    assert types["start_date"].startswith("datetime64") and types["end_date"].startswith("datetime64")
    assert {types[c] for c in ex.COLUMNS if c not in ex.DATE_FIELDS} == {"object"}
    with sqlite3.connect(path) as db:
        declared = {row[1]: row[2] for row in db.execute("PRAGMA table_info(corridors)")}
        stored = dict(db.execute("SELECT id, end_date FROM corridors"))
    assert declared["start_date"] == declared["end_date"] == "DATE"
    assert stored["c-old"] == "2022-08-30" and stored["c-block"] is None     # open end stays NULL


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="ogrinfo (gdal-bin) is not installed")
def test_ogrinfo_reports_date_fields_and_attribution(layers, tmp_path):
    [path] = ex.export(layers, "gpkg", tmp_path)
    for name, count in COUNTS.items():
        out = subprocess.run(["ogrinfo", "-so", str(path), name], capture_output=True, text=True,
                             check=True).stdout
        assert "start_date: Date" in out and "end_date: Date" in out
        assert "description: String" in out
        assert f"Feature Count: {count}" in out
        assert "GeoNames" in out and "CC BY 4.0" in out
    dataset = subprocess.run(["ogrinfo", "-so", "-q", str(path)], capture_output=True, text=True).stdout
    assert "ATTRIBUTION=" in dataset and "GeoNames" in dataset


def test_layer_styles_hold_one_default_qml_per_layer(layers, tmp_path):
    [path] = ex.export(layers, "gpkg", tmp_path)
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(layer_styles)")]
        rows = db.execute("SELECT f_table_name, f_geometry_column, styleName, styleQML, useAsDefault, "
                          "description FROM layer_styles").fetchall()
        registered = db.execute("SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'").fetchone()
    for column in ("f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName",
                   "styleQML", "styleSLD", "useAsDefault", "description", "owner", "ui", "update_time"):
        assert column in columns
    assert registered == ("attributes",)
    styles = {row[0]: row for row in rows}
    assert set(styles) == set(COUNTS)
    for name, (_, geometry_column, style_name, qml, default, description) in styles.items():
        assert geometry_column == "geom" and style_name and default == 1
        assert "GeoNames" in description
        assert qml == ex.qml(name)
    renderers = {name: ET.fromstring(styles[name][3].split("\n", 1)[1]).find("renderer-v2")
                 for name in styles}
    assert renderers["corridors"].get("type") == "categorizedSymbol"
    assert renderers["corridors"].get("attr") == "status"
    values = [c.get("value") for c in renderers["corridors"].iter("category")]
    assert {"open", "blockaded", "planned", "proposed", "closed"} <= set(values)
    assert renderers["shelling"].get("attr") == "kind"
    assert renderers["checkpoints"].get("attr") == "kind"
    shape = renderers["checkpoints"].find(".//Option[@name='name']").get("value")
    assert shape == "square"


def _qml_colours(name):
    """{category value: #rrggbb} of a layer's QML style."""
    renderer = ET.fromstring(ex.qml(name).split("\n", 1)[1]).find("renderer-v2")
    symbols = {s.get("name"): {o.get("name"): o.get("value") for o in s.iter("Option") if o.get("name")}
               for s in renderer.iter("symbol")}
    colours = {}
    for category in renderer.iter("category"):
        props = symbols[category.get("symbol")]
        rgba = props.get("line_color") or props["color"]
        colours[category.get("value")] = "#" + "".join(f"{int(c):02x}" for c in rgba.split(",")[:3])
    return colours


@pytest.mark.parametrize("name", styles.ORDER)
def test_qml_colours_equal_the_map_colours(name):
    """QGIS and the dashboard draw every kind (corridor status) in the same colour, fallback included."""
    from geo import mapview
    colours = _qml_colours(name)
    table = mapview.style_table()
    assert colours == table["colours"][name] and "" in colours
    for value, colour in colours.items():
        assert colour == styles.colour(name, value)


def test_corridor_styles_tell_status_apart():
    renderer = ET.fromstring(ex.qml("corridors").split("\n", 1)[1]).find("renderer-v2")
    symbols = {s.get("name"): {o.get("name"): o.get("value") for o in s.iter("Option") if o.get("name")}
               for s in renderer.iter("symbol")}
    by_status = {c.get("value"): symbols[c.get("symbol")] for c in renderer.iter("category")}
    assert by_status["open"]["line_style"] == "solid" and by_status["blockaded"]["line_style"] == "solid"
    assert by_status["planned"]["line_style"] == "dash" and by_status["proposed"]["line_style"] == "dash"
    colours = {status: props["line_color"] for status, props in by_status.items()}
    assert len(set(colours.values())) == len(colours)


# --- QGIS project ---------------------------------------------------------------------------

def test_qgis_export_writes_geopackage_and_project_side_by_side(qgis_export):
    folder, paths = qgis_export
    assert paths == [folder / "corridor-map.gpkg", folder / "corridor-map.qgz"]
    assert sorted(p.name for p in folder.iterdir()) == ["corridor-map.gpkg", "corridor-map.qgz"]


def test_project_references_geopackage_relatively(qgis_export):
    folder, _ = qgis_export
    root = _qgs(folder / "corridor-map.qgz")
    sources = [m.findtext("datasource") for m in root.iter("maplayer")]
    assert sorted(sources) == [f"./corridor-map.gpkg|layername={n}" for n in sorted(COUNTS)]
    assert root.find("properties/Paths/Absolute").text == "false"
    for node in root.iter("layer-tree-layer"):
        assert node.get("source").startswith("./corridor-map.gpkg|layername=")
    ids = [m.findtext("id") for m in root.iter("maplayer")]
    assert all(len(i) >= 11 for i in ids) and len(set(ids)) == len(COUNTS)
    assert {n.get("id") for n in root.iter("layer-tree-layer")} == set(ids)


def test_project_crs_is_written_fully(qgis_export):
    folder, _ = qgis_export
    root = _qgs(folder / "corridor-map.qgz")
    assert root.find("properties/SpatialRefSys/ProjectionsEnabled").text == "1"
    srs = root.find("projectCrs/spatialrefsys")
    assert srs.findtext("authid") == "EPSG:4326" and srs.findtext("srsid") == "3452"


def test_project_temporal_settings_follow_the_data(qgis_export):
    folder, _ = qgis_export
    root = _qgs(folder / "corridor-map.qgz")
    for maplayer in root.iter("maplayer"):
        temporal = maplayer.find("temporal")
        assert temporal.get("enabled") == "1"
        assert temporal.get("mode") == str(ex.TEMPORAL_MODE)
        assert '"start_date"' in temporal.get("startExpression")
        assert '"end_date"' in temporal.get("endExpression")
        assert "IS NULL" in temporal.get("endExpression")             # open end = still active
    times = root.find("ProjectTimeSettings")
    assert times.get("timeStepUnit") == "d" and times.get("timeStep") == "1"
    assert times.findtext("TemporalRange/start") == "2020-10-02T00:00:00Z"
    assert times.findtext("TemporalRange/end") == "2023-07-15T23:59:59Z"


def test_project_carries_renderers_and_attribution(qgis_export):
    folder, _ = qgis_export
    root = _qgs(folder / "corridor-map.qgz")
    renderers = {m.findtext("datasource").split("=")[-1]: m.find("renderer-v2") for m in root.iter("maplayer")}
    for name, renderer in renderers.items():
        expected = ET.fromstring(ex.qml(name).split("\n", 1)[1]).find("renderer-v2")
        assert (ET.canonicalize(ET.tostring(renderer), strip_text=True)
                == ET.canonicalize(ET.tostring(expected), strip_text=True))
    abstract = root.findtext("projectMetadata/abstract")
    assert "GeoNames" in abstract and "CC BY 4.0" in abstract
    for maplayer in root.iter("maplayer"):
        assert "GeoNames" in maplayer.findtext("resourceMetadata/rights")


def test_qgz_out_path_names_both_files(layers, tmp_path):
    paths = ex.export(layers, "qgis", tmp_path / "lachin.qgz")
    assert paths == [tmp_path / "lachin.gpkg", tmp_path / "lachin.qgz"]
    sources = {m.findtext("datasource") for m in _qgs(tmp_path / "lachin.qgz").iter("maplayer")}
    assert "./lachin.gpkg|layername=corridors" in sources


def test_time_span_covers_starts_and_ends(layers):
    import datetime as dt
    assert ex.time_span(layers) == (dt.date(2020, 10, 2), dt.date(2023, 7, 15))


def test_empty_layers_still_export(layers, tmp_path):
    empty = {name: layer.iloc[0:0] for name, layer in layers.items()}
    paths = ex.export(empty, "qgis", tmp_path)
    info = pyogrio.read_info(paths[0], layer="corridors")
    assert info["features"] == 0 and dict(zip(info["fields"], info["dtypes"]))["start_date"].startswith("datetime")
    assert ex.time_span(empty) is None
    assert _qgs(paths[1]).find("ProjectTimeSettings/TemporalRange") is None


# --- GeoJSON, CSV, downloads ----------------------------------------------------------------

def test_geojson_export_writes_one_collection_per_layer(layers, tmp_path):
    paths = ex.export(layers, "geojson", tmp_path / "gj")
    assert sorted(p.name for p in paths) == ["checkpoints.geojson", "corridors.geojson", "other.geojson", "shelling.geojson"]
    for path in paths:
        collection = json.loads(path.read_text(encoding="utf-8"))
        assert collection["type"] == "FeatureCollection"
        assert len(collection["features"]) == COUNTS[path.stem]


def test_geojson_zip_out(layers, tmp_path):
    [path] = ex.export(layers, "geojson", tmp_path / "layers.zip")
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["checkpoints.geojson", "corridors.geojson", "other.geojson", "shelling.geojson"]


def test_csv_has_every_feature_with_coordinates(layers, tmp_path):
    [path] = ex.export(layers, "csv", tmp_path)
    assert path == tmp_path / "events.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert len(rows) == sum(COUNTS.values())
    by_id = {row["id"]: row for row in rows}
    assert by_id["s-ganja"]["lon"] == "46.36060" and by_id["s-ganja"]["lat"] == "40.68280"
    assert by_id["s-ganja"]["wkt"].startswith("POINT")
    assert by_id["c-old"]["lon"] == "" and by_id["c-old"]["wkt"].startswith("LINESTRING")
    assert by_id["c-block"]["end_date"] == ""
    assert by_id["s-barda"]["description"] == "Missile strike on the town, two dead"


@pytest.mark.parametrize("fmt, name, members", [
    ("geojson", "corridor-map-geojson.zip", ["checkpoints.geojson", "corridors.geojson", "other.geojson", "shelling.geojson"]),
    ("qgis", "corridor-map-qgis.zip", ["corridor-map.gpkg", "corridor-map.qgz"]),
    ("gpkg", "corridor-map.gpkg", None),
    ("csv", "events.csv", None),
])
def test_export_bytes(layers, fmt, name, members):
    filename, content = ex.export_bytes(layers, fmt)
    assert filename == name
    if members:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            assert sorted(archive.namelist()) == members
    elif fmt == "gpkg":
        assert content[:16] == b"SQLite format 3\x00"
    else:
        assert content.decode("utf-8").startswith("id,layer,kind,status")


def test_default_out_is_a_folder_in_the_working_directory(layers, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert ex.export(layers, "gpkg") == [Path("out/corridor-map.gpkg")]
    assert ex.export(layers, "csv") == [Path("out/events.csv")]
    assert {p.name for p in ex.export(layers, "geojson")} == {"corridors.geojson", "shelling.geojson",
                                                              "checkpoints.geojson", "other.geojson"}
    assert (tmp_path / "out" / "geojson" / "corridors.geojson").is_file()


# --- bad out, atomic writes, CLI ------------------------------------------------------------

@pytest.mark.parametrize("fmt", ex.FORMATS)
def test_missing_parent_folder_is_an_error(layers, tmp_path, fmt):
    with pytest.raises(GeoError, match="does not exist"):
        ex.export(layers, fmt, tmp_path / "missing" / "deeper")
    assert list(tmp_path.iterdir()) == []


def test_file_where_a_folder_is_needed_is_an_error(layers, tmp_path):
    blocker = tmp_path / "taken"
    blocker.write_text("not a folder")
    with pytest.raises(GeoError, match="is a file"):
        ex.export(layers, "geojson", blocker)
    with pytest.raises(GeoError, match="is a file"):
        ex.export(layers, "qgis", blocker)


def test_folder_where_a_file_is_needed_is_an_error(layers, tmp_path):
    (tmp_path / "map.gpkg").mkdir()
    with pytest.raises(GeoError, match="is a folder"):
        ex.export(layers, "gpkg", tmp_path / "map.gpkg")


def test_unknown_format_is_an_error(layers, tmp_path):
    with pytest.raises(GeoError, match="unknown export format"):
        ex.export(layers, "shapefile", tmp_path)


def test_failed_export_leaves_nothing_half_written(layers, tmp_path, monkeypatch):
    ex.export(layers, "qgis", tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken(*args):
        raise RuntimeError("disk full")
    monkeypatch.setattr(ex, "project_qgz", broken)
    with pytest.raises(GeoError, match="disk full"):
        ex.export(layers, "qgis", tmp_path)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after == before                               # old files intact, no temporary files left


def test_failed_export_into_empty_folder_leaves_it_empty(layers, tmp_path, monkeypatch):
    def broken(*args):
        raise RuntimeError("disk full")
    monkeypatch.setattr(ex, "write_geopackage", broken)
    with pytest.raises(GeoError):
        ex.export(layers, "gpkg", tmp_path)
    assert list(tmp_path.iterdir()) == []


def _cli(*args, cwd):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "geo", "export", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_export_prints_the_paths(data_dir, tmp_path):
    result = _cli("--format", "qgis", "--out", str(tmp_path), "--data", str(data_dir), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(tmp_path / "corridor-map.gpkg"), str(tmp_path / "corridor-map.qgz")]


def test_cli_bad_out_exits_1(data_dir, tmp_path):
    bad = tmp_path / "nowhere" / "map.gpkg"
    result = _cli("--format", "gpkg", "--out", str(bad), "--data", str(data_dir), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "error:" in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "nowhere").exists()


# --- CSV injection, the project's own files ------------------------------------------------

HOSTILE = {"description": '=HYPERLINK("http://evil.example","click")', "quote": "+1+cmd|' /C calc'!A0",
           "claimed_by": "@SUM(1+1)*cmd|' /C calc'!A0", "source": "-2+3", "kind": "\tartillery",
           "place_label": "\r=1+1"}


def _hostile(layers):
    shelling = layers["shelling"].copy()
    for column, value in HOSTILE.items():
        shelling.loc[shelling["id"] == "s-ganja", column] = value
    return dict(layers, shelling=shelling)


def _csv_row(text, fid):
    return next(r for r in csv.DictReader(io.StringIO(text)) if r["id"] == fid)


@pytest.mark.parametrize("via", ["export", "download"])
def test_csv_cells_that_start_a_formula_are_neutralised(layers, tmp_path, via):
    hostile = _hostile(layers)
    if via == "export":
        [path] = ex.export(hostile, "csv", tmp_path / "events.csv")
        text = path.read_text(encoding="utf-8")
    else:
        text = ex.export_bytes(hostile, "csv")[1].decode("utf-8")
    row = _csv_row(text, "s-ganja")
    for column, value in HOSTILE.items():
        assert row[column] == "'" + value.replace("\r", "\n"), column   # shown as text, not run
    assert len(list(csv.reader(io.StringIO(text)))) == 1 + sum(map(len, layers.values()))
    barda = _csv_row(text, "s-barda")
    assert barda["description"] == "Missile strike on the town, two dead"   # plain text unchanged
    assert float(barda["lon"]) > 47 and barda["wkt"].startswith("POINT")      # numbers stay numbers


def test_exports_refuse_to_overwrite_the_projects_data(layers, tmp_path):
    before = {p: p.read_bytes() for p in ex.PROTECTED}
    for path in ex.PROTECTED:
        with pytest.raises(GeoError, match="project's own data"):
            ex.export(layers, "csv", path)
    with pytest.raises(GeoError, match="project's own data"):
        ex.export(layers, "csv", ex.PROJECT_DATA)                    # a folder: data/events.csv inside
    # the same file by another spelling of its path
    sneaky = ex.PROJECT_DATA / ".." / "data" / "." / "events.csv"
    with pytest.raises(GeoError, match="project's own data"):
        ex.export(layers, "csv", sneaky)
    assert {p: p.read_bytes() for p in ex.PROTECTED} == before


def test_cli_export_refuses_its_own_data_file(data_dir, tmp_path):
    before = (data_dir / "events.csv").read_bytes()
    result = _cli("--format", "csv", "--out", str(data_dir / "events.csv"), "--data", str(data_dir),
                  cwd=tmp_path)
    assert result.returncode == 1 and "refusing to export" in result.stderr
    assert (data_dir / "events.csv").read_bytes() == before
    result = _cli("--format", "csv", "--out", "data/events.csv", cwd=ROOT)
    assert result.returncode == 1 and "refusing to export" in result.stderr, result.stderr


# --- real QGIS ------------------------------------------------------------------------------

def _qgis_env(tmp_path):
    runtime = tmp_path / "xdg"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}


def _qgis_missing(tmp_path):
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} not found"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import qgis.core"], env=_qgis_env(tmp_path),
                           capture_output=True, text=True)
    if probe.returncode:
        return f"{SYSTEM_PYTHON} cannot import qgis (install python3-qgis): {probe.stderr.strip()[-200:]}"
    return None


@pytest.mark.qgis
def test_real_qgis_opens_the_project_styled_and_temporal(qgis_export, tmp_path):
    reason = _qgis_missing(tmp_path)
    if reason:
        pytest.skip(reason)
    folder, _ = qgis_export
    colours = {"open": styles.rgb(styles.colour("corridors", "open")),
               "blockaded": styles.rgb(styles.colour("corridors", "blockaded")),
               "checkpoint": styles.rgb(styles.colour("checkpoints", "checkpoint"))}
    dates = ["2020-10-04", "2021-06-01", "2022-08-29", "2022-08-30", "2023-01-15", "2023-07-15"]
    command = [SYSTEM_PYTHON, str(ROOT / "tests" / "qgis_check.py"), str(folder / "corridor-map.qgz"),
               "--png-dir", str(tmp_path)]
    command += [arg for d in dates for arg in ("--date", d)]
    command += [arg for name, rgb in colours.items() for arg in ("--colour", f"{name}={','.join(map(str, rgb))}")]
    result = subprocess.run(command, env=_qgis_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)

    assert report["read"] and report["crs"] == "EPSG:4326"
    assert report["tree"] == ["Checkpoints", "Shelling", "Other events", "Corridors"]
    assert report["time_range"] == {"start": "2020-10-02T00:00:00Z", "end": "2023-07-15T23:59:59Z"}
    assert "GeoNames" in report["metadata"]["abstract"]
    for name, count in COUNTS.items():
        layer = report["layers"][name]
        assert layer["valid"] and layer["feature_count"] == count, layer
        assert layer["source"] == str(folder / "corridor-map.gpkg") + f"|layername={name}"
        assert layer["id"] == f"corridor_map_{name}"                 # kept, not replaced
        temporal = layer["temporal"]
        assert temporal["active"] and temporal["mode"] == ex.TEMPORAL_MODE
        assert temporal["start_expression"] == ex.TEMPORAL_START
        assert temporal["end_expression"] == ex.TEMPORAL_END
        assert any("GeoNames" in r for r in layer["rights"])
        # the project's renderer, and the default style from layer_styles on a fresh load
        assert layer["renderer"] == layer["default_style_renderer"]
    corridors = report["layers"]["corridors"]["renderer"]
    assert corridors["type"] == "categorizedSymbol" and corridors["attribute"] == "status"
    assert corridors["categories"]["blockaded"] == "#d62728"
    assert report["layers"]["shelling"]["renderer"]["attribute"] == "kind"
    checkpoints = report["layers"]["checkpoints"]["renderer"]
    assert checkpoints["type"] == "categorizedSymbol" and checkpoints["attribute"] == "kind"
    assert checkpoints["categories"]["checkpoint"] == "#54278f"

    visible = {date: entry["visible"] for date, entry in report["dates"].items()}
    assert visible["2020-10-04"] == {"checkpoints": [], "shelling": ["s-ganja"], "other": [], "corridors": []}
    assert visible["2021-06-01"]["corridors"] == ["c-old"]
    assert visible["2022-08-29"]["corridors"] == ["c-old"]           # the day before the switch
    assert visible["2022-08-30"]["corridors"] == ["c-bypass"]        # end day excluded, start included
    assert visible["2023-01-15"]["corridors"] == ["c-block"]         # open end: still active
    assert visible["2023-07-15"] == {"checkpoints": ["k-hakari"], "shelling": [], "other": [],
                                     "corridors": ["c-block", "c-east"]}

    pixels = {date: entry["colours"] for date, entry in report["dates"].items()}
    assert pixels["2021-06-01"]["open"] > 200 and pixels["2021-06-01"]["blockaded"] == 0
    assert pixels["2023-01-15"]["blockaded"] > 200 and pixels["2023-01-15"]["open"] == 0
    assert pixels["2021-06-01"]["checkpoint"] > 20 and pixels["2023-01-15"]["checkpoint"] == 0
    assert all(Path(entry["png"]).stat().st_size > 1000 for entry in report["dates"].values())


@pytest.mark.qgis
def test_real_qgis_steps_the_whole_timeline_download(layers, tmp_path):
    """The dashboard's "whole timeline" QGIS zip, unzipped, opens in QGIS with the history in time."""
    reason = _qgis_missing(tmp_path)
    if reason:
        pytest.skip(reason)
    name, content = ex.export_bytes(layers, "qgis")                 # what the download button sends
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        archive.extractall(folder)
    command = [SYSTEM_PYTHON, str(ROOT / "tests" / "qgis_check.py"), str(next(folder.glob("*.qgz"))),
               "--date", "2021-06-01", "--date", "2022-09-15"]
    result = subprocess.run(command, env=_qgis_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    visible = {date: entry["visible"] for date, entry in json.loads(result.stdout)["dates"].items()}
    assert visible["2021-06-01"]["corridors"] == ["c-old"]            # the 2020 corridor
    assert visible["2022-09-15"]["corridors"] == ["c-bypass"]         # the bypass
    assert visible["2022-09-15"]["checkpoints"] == [] and visible["2021-06-01"]["checkpoints"] == ["k-lachin"]
