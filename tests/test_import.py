"""Importing ACLED, UCDP GED, KML/KMZ and GeoJSON files: mapping, awkward files, the report, all or nothing."""

import shutil
from pathlib import Path

import pytest

from geo.__main__ import main
from geo.errors import GeoError
from geo.events import read_events, write_events
from geo.importers.common import import_file

SAMPLES = Path(__file__).parent / "data" / "imports"
PROJECT = Path(__file__).resolve().parent.parent
EXISTING = {"id": "shell-barda-2020-10-28", "layer": "shelling", "kind": "missile", "status": "",
            "place": "Barda", "start_date": "2020-10-28", "end_date": "2020-10-28", "date_precision": "day",
            "geo_precision": "town", "claimed_by": "Azerbaijani MoD", "description": "Missile strike on Barda.",
            "source": "Test wire", "source_url": "", "quote": ""}


@pytest.fixture
def data(tmp_path):
    """A data folder with one saved event and a copy of the project's gazetteer supplement."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_events(folder / "events.csv", [EXISTING])
    shutil.copy(PROJECT / "data" / "gazetteer.csv", folder / "gazetteer.csv")
    return folder


def run(data, path, fmt, *args):
    return main(["import", str(path), "--format", fmt, "--data", str(data), "--out", str(data.parent / "layers"),
                 *args])


def saved(data):
    return {e["id"]: e for _, e in read_events(data / "events.csv")}


def import_(data, path, fmt, gazetteer, **kw):
    return import_file(path, fmt, events_csv=data / "events.csv", layers_dir=data.parent / "layers",
                       supplement=data / "gazetteer.csv", gazetteer=gazetteer, **kw)


# -- ACLED -----------------------------------------------------------------------------------

def test_acled_rows_map_to_our_fields_and_keep_their_codes(data, gazetteer):
    report = import_(data, SAMPLES / "acled.csv", "acled", gazetteer)
    events = saved(data)
    ganja = events["acled:AZE1001"]
    assert (ganja["layer"], ganja["kind"], ganja["place"], ganja["start_date"], ganja["end_date"]) == \
        ("shelling", "shelling", "Ganja", "2020-10-04", "2020-10-04")
    assert ganja["claimed_by"] == "Military Forces of Armenia (2018-)"           # actor1
    assert ganja["source"] == "ACLED: Ministry of Defence of Azerbaijan; Trend"
    assert ganja["quote"].startswith("On 4 October 2020, Armenian forces shelled")  # notes kept
    assert "fatalities: 1" in ganja["description"] and "Civilians (Azerbaijan)" in ganja["description"]
    # time_precision 1/2/3 -> day/month/year, geo_precision 1/3 -> town/region
    assert (events["acled:AZE1002"]["kind"], events["acled:AZE1002"]["date_precision"]) == ("airstrike", "month")
    syunik = events["acled:ARM2001"]
    assert (syunik["layer"], syunik["kind"], syunik["date_precision"], syunik["geo_precision"]) == \
        ("other", "armed_clash", "year", "region")
    assert events["acled:AZE1010"]["place"] == "Füzuli"
    assert sorted(i for _, i in report.taken) == sorted(set(events) - {EXISTING["id"]})
    assert report.written and (data.parent / "layers" / "shelling.geojson").exists()


def test_the_report_names_each_skipped_row_by_line_and_reason(data, gazetteer):
    report = import_(data, SAMPLES / "acled.csv", "acled", gazetteer, dry_run=True)
    skipped = dict(report.skipped)
    assert "no coordinates" in skipped[6]                 # unknown village, no lat/lon
    assert "184 km" in skipped[8] and "Ganja" in skipped[8]   # a known name given far-away coordinates
    assert "not a valid date" in skipped[9]               # month 13
    assert "repeats line 2" in skipped[10]                # same key as AZE1001 under another id
    assert len(report.taken) == 6 and not report.written
    assert list(saved(data)) == [EXISTING["id"]]          # a dry run writes nothing


def test_missing_coordinates_resolve_by_name_and_a_new_place_joins_the_gazetteer(data, gazetteer):
    before = (data / "gazetteer.csv").read_text(encoding="utf-8")
    report = import_(data, SAMPLES / "acled.csv", "acled", gazetteer)
    assert "acled:AZE1004" in saved(data)                 # Barda, no coordinates: known name
    added = (data / "gazetteer.csv").read_text(encoding="utf-8")[len(before):]
    assert added.startswith("Shikhlar Bridge,,40.05000,46.95000,AZ,town,")
    assert [p.name for p in report.new_places] == ["Shikhlar Bridge"]
    assert "Ganja," not in added                          # known names never get a second entry


def test_importing_twice_adds_nothing_and_says_already_there(data, gazetteer):
    import_(data, SAMPLES / "acled.csv", "acled", gazetteer)
    from geo.gazetteer import load_gazetteer
    first = (data / "events.csv").read_bytes()
    again = import_(data, SAMPLES / "acled.csv", "acled", load_gazetteer(data / "gazetteer.csv"))
    assert again.taken == [] and not again.written
    assert dict(again.already_there)[2] == "acled:AZE1001"
    assert dict(again.already_there)[10] == "acled:AZE1001"   # the repeat is the same saved event
    assert (data / "events.csv").read_bytes() == first


@pytest.mark.parametrize("variant", ["crlf", "bom", "latin-1", "cp1252-crlf-bom"])
def test_windows_line_ends_bom_and_latin1_read_the_same(data, gazetteer, tmp_path, variant):
    text = (SAMPLES / "acled.csv").read_text(encoding="utf-8")
    if "crlf" in variant:
        text = text.replace("\n", "\r\n")
    encoding = "latin-1" if variant == "latin-1" else "cp1252" if "cp1252" in variant else "utf-8"
    raw = text.encode(encoding)
    if "bom" in variant:
        raw = b"\xef\xbb\xbf" + text.encode("utf-8")
    path = tmp_path / "awkward.csv"
    path.write_bytes(raw)
    plain = import_(data, SAMPLES / "acled.csv", "acled", gazetteer, dry_run=True)
    awkward = import_(data, path, "acled", gazetteer, dry_run=True)
    assert awkward.taken == plain.taken and awkward.skipped == plain.skipped
    import_(data, path, "acled", gazetteer)
    assert saved(data)["acled:AZE1010"]["place"] == "Füzuli"
    assert saved(data)["acled:AZE1001"]["quote"].endswith('(Azerbaijan "MoD" claim).')


def test_a_file_without_the_acled_columns_is_an_error_and_writes_nothing(data, tmp_path, capsys):
    path = tmp_path / "wrong.csv"
    path.write_text("id,date,place\n1,2020-10-04,Ganja\n", encoding="utf-8")
    before = (data / "events.csv").read_bytes()
    assert run(data, path, "acled") == 1
    err = capsys.readouterr().err
    assert "wrong.csv:1: field 'event_id_cnty': missing column" in err and "Traceback" not in err
    assert (data / "events.csv").read_bytes() == before


def test_a_failed_save_leaves_events_and_gazetteer_as_they_were(data, gazetteer, monkeypatch):
    import geo.layers
    events, supplement = (data / "events.csv").read_bytes(), (data / "gazetteer.csv").read_bytes()

    def broken(*_args, **_kw):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(geo.layers, "write_layers", broken)
    with pytest.raises(GeoError, match="No space left on device; nothing was saved"):
        import_(data, SAMPLES / "acled.csv", "acled", gazetteer)
    assert (data / "events.csv").read_bytes() == events
    assert (data / "gazetteer.csv").read_bytes() == supplement


def test_cli_prints_the_report(data, capsys):
    assert run(data, SAMPLES / "acled.csv", "acled", "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith("10 rows: 6 taken, 0 already there, 4 skipped; "
                                        "1 new gazetteer places; would import")
    assert "line 9: skipped: not a valid date: '2020-13-01'" in out



# -- UCDP GED --------------------------------------------------------------------------------

def test_ucdp_rows_keep_their_dates_and_precision_codes(data, gazetteer):
    report = import_(data, SAMPLES / "ucdp.csv", "ucdp", gazetteer)     # CRLF line ends
    events = saved(data)
    stepanakert = events["ucdp:400001"]
    assert (stepanakert["place"], stepanakert["start_date"], stepanakert["date_precision"],
            stepanakert["geo_precision"], stepanakert["kind"]) == \
        ("Stepanakert", "2020-10-04", "day", "town", "state_based_conflict")
    assert stepanakert["source"].startswith('UCDP GED: Armenpress 2020-10-04 "Stepanakert under fire"')
    assert "best 2 (low 2, high 3)" in stepanakert["description"]
    tartar = events["ucdp:400002"]                       # a 2-6 day range: start and end kept, month precision
    assert (tartar["start_date"], tartar["end_date"], tartar["date_precision"], tartar["geo_precision"]) == \
        ("2020-10-10", "2020-10-14", "month", "district")
    assert "date_prec 2, where_prec 2" in tartar["description"]
    syunik = events["ucdp:400003"]                       # province level
    assert (syunik["place"], syunik["geo_precision"], syunik["date_precision"]) == ("Syunik province", "region", "month")
    assert "ucdp:400004" in events                       # no coordinates: Barda by name
    skipped = dict(report.skipped)
    assert "date_prec must be 1 to 5" in skipped[6]
    assert "before start_date" in skipped[7]


# -- GeoJSON ---------------------------------------------------------------------------------

MAPPING = "date=start_date,town=place,type=kind,theme=layer,by=claimed_by,note=description,state=status"


def test_geojson_properties_are_mapped_to_our_fields(data, capsys):
    assert run(data, SAMPLES / "other-tool.geojson", "geojson", "--map", MAPPING) == 0
    events = saved(data)
    ganja = events["geojson:r1"]
    assert (ganja["layer"], ganja["kind"], ganja["place"], ganja["start_date"], ganja["end_date"],
            ganja["claimed_by"], ganja["source"], ganja["description"]) == \
        ("shelling", "missile", "Ganja", "2020-10-11", "2020-10-11", "Azerbaijani MoD", "other-tool.geojson",
         "Night strike on Ganja reported.")
    assert events["geojson:r3"]["claimed_by"] == "other-tool.geojson"   # no geometry, no claimant: known name
    road = events["geojson:r5"]
    assert (road["layer"], road["place"], road["status"], road["end_date"]) == ("corridors", "Goris;Lachin", "open", "")
    assert "geojson:r2" in events                                       # a new place with its point
    out = capsys.readouterr().out
    assert "line 4: skipped: field 'start_date': not a valid date" in out


def test_a_mapping_to_a_field_we_do_not_have_is_an_error(data, capsys):
    assert run(data, SAMPLES / "other-tool.geojson", "geojson", "--map", "date=when") == 1
    assert "'when', which is not one of our fields" in capsys.readouterr().err



# -- KML -------------------------------------------------------------------------------------

def test_kml_placemarks_with_times_and_lines_as_corridors(data, gazetteer):
    report = import_(data, SAMPLES / "my-map.kml", "kml", gazetteer)        # Latin-1, as declared
    events = saved(data)
    ganja = events["kml:pm-ganja"]
    assert (ganja["layer"], ganja["place"], ganja["start_date"], ganja["end_date"], ganja["date_precision"],
            ganja["description"], ganja["source"]) == \
        ("other", "Ganja", "2020-10-11", "2020-10-11", "day", "Night strike reported by the city authorities.",
         "my-map.kml")
    fuzuli = events["kml:my-map-2"]                          # TimeSpan of months
    assert (fuzuli["place"], fuzuli["start_date"], fuzuli["end_date"], fuzuli["date_precision"]) == \
        ("Füzuli", "2020-10-01", "2020-11-01", "month")
    assert (events["kml:my-map-3"]["start_date"], events["kml:my-map-3"]["date_precision"]) == ("2020-01-01", "year")
    road = events["kml:pm-road"]                             # vertices named after the places they pass
    assert (road["layer"], road["kind"], road["start_date"], road["end_date"]) == ("corridors", "route", "2022-08-30", "")
    assert road["place"] == "Goris;Bypass 2;Bypass 3;Lachin"
    assert [p.name for p in report.new_places] == ["Bypass 2", "Bypass 3"]
    skipped = dict(report.skipped)
    assert "no TimeStamp or TimeSpan" in skipped[4] and "polygons are not read" in skipped[5]


def test_a_kmz_reads_like_its_kml(data, gazetteer, tmp_path):
    import zipfile
    kmz = tmp_path / "my-map.kmz"
    with zipfile.ZipFile(kmz, "w") as archive:
        archive.write(SAMPLES / "my-map.kml", "doc.kml")
    plain = import_(data, SAMPLES / "my-map.kml", "kml", gazetteer, dry_run=True)
    zipped = import_(data, kmz, "kml", gazetteer, dry_run=True)
    assert zipped.taken == plain.taken
    assert zipped.skipped == plain.skipped


# -- round trips -----------------------------------------------------------------------------

def _csv(path):
    import csv
    from geo.importers.common import read_text
    import io
    return list(csv.DictReader(io.StringIO(read_text(path), newline="")))


def test_acled_round_trip_gives_back_the_events_and_their_precision_codes(data, gazetteer, tmp_path, capsys):
    from geo.gazetteer import distance_km
    report = import_(data, SAMPLES / "acled.csv", "acled", gazetteer)
    out = tmp_path / "back.csv"
    assert main(["export", "--format", "acled", "--data", str(data), "--out", str(out)]) == 0
    original = {r["event_id_cnty"]: r for r in _csv(SAMPLES / "acled.csv")}
    back = {r["event_id_cnty"]: r for r in _csv(out)}
    taken = {i[len("acled:"):] for _, i in report.taken}
    assert set(back) == taken | {EXISTING["id"]}
    for event_id in taken:
        a, b = original[event_id], back[event_id]
        for column in ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                       "country", "location", "geo_precision", "source", "notes", "fatalities"):
            assert b[column] == a[column], (event_id, column)
        if a["latitude"]:
            assert distance_km(float(a["latitude"]), float(a["longitude"]),
                               float(b["latitude"]), float(b["longitude"])) <= 5
    ours = back[EXISTING["id"]]                       # our own events go out in ACLED's terms too
    assert (ours["event_type"], ours["sub_event_type"], ours["time_precision"], ours["geo_precision"]) == \
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "1", "1")

    again = tmp_path / "again"
    again.mkdir()
    shutil.copy(data / "gazetteer.csv", again / "gazetteer.csv")
    write_events(again / "events.csv", [])
    from geo.gazetteer import load_gazetteer
    import_(again, out, "acled", load_gazetteer(again / "gazetteer.csv"))
    first, second = saved(data), saved(again)
    for event_id in first:
        if event_id.startswith("acled:"):
            assert second[event_id] == first[event_id]


def test_import_into_the_database_then_again_adds_nothing(data, gazetteer, pg_url):
    first = import_(data, SAMPLES / "acled.csv", "acled", gazetteer, database=pg_url)
    from geo.gazetteer import load_gazetteer
    from geo.store import open_store
    stored = {e["id"] for e in open_store(pg_url).read_events()}
    assert {i for _, i in first.taken} <= stored and first.written
    again = import_(data, SAMPLES / "acled.csv", "acled", load_gazetteer(data / "gazetteer.csv"), database=pg_url)
    assert again.taken == [] and len(again.already_there) == 7



def test_kml_round_trip_gives_back_the_same_events_and_gdal_reads_each_layer(data, gazetteer, tmp_path):
    import pyogrio
    import_(data, SAMPLES / "acled.csv", "acled", gazetteer)
    from geo.gazetteer import load_gazetteer
    gazetteer = load_gazetteer(data / "gazetteer.csv")
    import_(data, SAMPLES / "my-map.kml", "kml", gazetteer)
    kmz = tmp_path / "map.kmz"
    assert main(["export", "--format", "kml", "--data", str(data), "--out", str(kmz)]) == 0
    events = saved(data)
    by_layer = {}
    for e in events.values():
        by_layer[e["layer"]] = by_layer.get(e["layer"], 0) + 1
    counts = {name: pyogrio.read_info(kmz, layer=name)["features"] for name, _ in pyogrio.list_layers(kmz)}
    assert counts == by_layer                                   # what QGIS (GDAL) sees, folder by folder
    again = tmp_path / "again"
    again.mkdir()
    shutil.copy(data / "gazetteer.csv", again / "gazetteer.csv")
    write_events(again / "events.csv", [])
    report = import_(again, kmz, "kml", load_gazetteer(again / "gazetteer.csv"))
    assert report.skipped == [] and report.new_places == []
    assert saved(again) == events


def test_kml_time_spans_follow_the_dashboard_days(data, gazetteer, tmp_path):
    import xml.etree.ElementTree as ET
    import_(data, SAMPLES / "my-map.kml", "kml", gazetteer)
    out = tmp_path / "map.kml"
    assert main(["export", "--format", "kml", "--data", str(data), "--out", str(out)]) == 0
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    marks = {m.get("id"): m for m in ET.parse(out).getroot().iter("{http://www.opengis.net/kml/2.2}Placemark")}
    assert marks["kml:pm-ganja"].find("k:TimeSpan/k:begin", ns).text == "2020-10-11"
    assert marks["kml:pm-ganja"].find("k:TimeSpan/k:end", ns).text == "2020-10-12"   # shown through its day
    assert marks["kml:pm-road"].find("k:TimeSpan/k:end", ns) is None                # still in force
    assert marks["kml:pm-road"].find("k:styleUrl", ns).text == "#corridors"


def test_a_saved_event_written_differently_is_already_there(data, gazetteer, tmp_path):
    import json
    path = tmp_path / "again.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": None, "properties": {
            "place": "BARDA", "layer": "shelling", "kind": "Missile", "start_date": "2020-10-28",
            "claimed_by": "Azerbaijani MoD.", "source": "test wire"}}]}), encoding="utf-8")
    report = import_(data, path, "geojson", gazetteer)
    assert report.already_there == [(1, EXISTING["id"])] and not report.written


def test_exports_never_overwrite_the_data_and_neutralise_formulas(data, gazetteer, tmp_path, capsys):
    import_(data, SAMPLES / "acled.csv", "acled", gazetteer)
    before = (data / "events.csv").read_bytes()
    assert main(["export", "--format", "acled", "--data", str(data), "--out", str(data / "events.csv")]) == 1
    assert (data / "events.csv").read_bytes() == before
    events = saved(data)
    events["acled:AZE1001"]["quote"] = "=HYPERLINK(\"http://example.org\")"
    write_events(data / "events.csv", list(events.values()))
    out = tmp_path / "acled.csv"
    assert main(["export", "--format", "acled", "--data", str(data), "--out", str(out)]) == 0
    row = {r["event_id_cnty"]: r for r in _csv(out)}["AZE1001"]
    assert row["notes"] == "'=HYPERLINK(\"http://example.org\")" and row["latitude"].startswith("40.")


QGIS_KML_COUNTS = """
import json, sys
from qgis.core import QgsApplication, QgsVectorLayer
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
path, names = sys.argv[1], json.loads(sys.argv[2])
counts = {}
for name in names:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    counts[name] = layer.featureCount() if layer.isValid() else None
    del layer
print(json.dumps(counts), flush=True)
app.exitQgis()
"""


@pytest.mark.qgis
def test_the_kml_export_opens_in_real_qgis_with_the_right_counts(data, gazetteer, tmp_path):
    import json
    import subprocess

    from tests.test_export import SYSTEM_PYTHON, _qgis_env, _qgis_missing
    missing = _qgis_missing(tmp_path)
    if missing:
        pytest.skip(missing)
    import_(data, SAMPLES / "acled.csv", "acled", gazetteer)
    kml = tmp_path / "map.kml"
    assert main(["export", "--format", "kml", "--data", str(data), "--out", str(kml)]) == 0
    by_layer = {}
    for e in saved(data).values():
        by_layer[e["layer"]] = by_layer.get(e["layer"], 0) + 1
    done = subprocess.run([SYSTEM_PYTHON, "-c", QGIS_KML_COUNTS, str(kml), json.dumps(sorted(by_layer))],
                          env=_qgis_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == by_layer
