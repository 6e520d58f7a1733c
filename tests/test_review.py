"""Reviewing candidates and saving them: duplicates, validation, all-or-nothing saves, concurrency."""

import datetime as dt
import json
import multiprocessing
import threading

import pytest
from filelock import FileLock

from geo.events import read_events, write_events
from geo.extract import extract_text
from geo.review import SaveError, review_rows, rows_to_events, save_events

EXISTING = [
    {"id": "shell-ganja-2020-10-04", "layer": "shelling", "kind": "artillery", "status": "", "place": "Ganja",
     "start_date": "2020-10-04", "end_date": "2020-10-04", "date_precision": "day", "geo_precision": "town",
     "claimed_by": "Azerbaijani MoD", "description": "Ganja shelled.", "source": "Test wire",
     "source_url": "", "quote": ""},
    {"id": "route-old", "layer": "corridors", "kind": "route", "status": "open",
     "place": "Goris;Kornidzor;Lachin;Shusha;Stepanakert", "start_date": "2020-11-10",
     "end_date": "2022-08-30", "date_precision": "day", "geo_precision": "town", "claimed_by": "Trilateral statement",
     "description": "The old road.", "source": "Test wire", "source_url": "", "quote": ""},
]


@pytest.fixture
def data(tmp_path):
    events = tmp_path / "data" / "events.csv"
    events.parent.mkdir()
    write_events(events, EXISTING)
    return events, tmp_path / "layers"


def candidates(text, published, gazetteer):
    return extract_text(text, dt.date.fromisoformat(published), gazetteer, source="paste")


def test_duplicates_of_existing_events_are_flagged(gazetteer):
    found = candidates("Armenian artillery shelled Ganja on Sunday. Drones struck Barda on Sunday.\n"
                       "Ganja was shelled again on Monday.", "2020-10-06", gazetteer)
    rows = review_rows(found, EXISTING, gazetteer)
    by = {(r["place"], r["start_date"]): r for r in rows}
    assert by[("Ganja", "2020-10-04")]["duplicate_of"] == "shell-ganja-2020-10-04"
    assert by[("Ganja", "2020-10-04")]["accept"] is False          # not saved unless the user insists
    assert by[("Barda", "2020-10-04")]["duplicate_of"] == ""       # another place
    assert by[("Ganja", "2020-10-05")]["duplicate_of"] == ""       # another day
    assert all(r["accept"] for k, r in by.items() if k != ("Ganja", "2020-10-04"))


def test_a_place_within_a_few_km_is_a_duplicate(gazetteer):
    row = {"layer": "shelling", "start_date": "2020-10-04", "coordinates": [[46.37, 40.69]]}  # ~1 km off
    rows = review_rows([dict(row, kind="artillery", place="Ganja outskirts")], EXISTING, gazetteer)
    assert rows[0]["duplicate_of"] == "shell-ganja-2020-10-04"


def test_rows_become_valid_events_and_problems_name_their_row(gazetteer):
    found = candidates("The new road through Hin Shen opened on Tuesday.\n"
                       "Drones struck Martakert on Tuesday.", "2022-08-31", gazetteer)
    rows = review_rows(found, [], gazetteer)
    corridor = next(r for r in rows if r["layer"] == "corridors")
    assert corridor["place"] == "Hin Shen"
    events, problems = rows_to_events(rows, "Caucasus Wire", "https://example.org/a", gazetteer)
    assert len(events) == 1 and events[0]["place"] == "Martakert"
    assert len(problems) == 1 and problems[0].startswith(f"row {rows.index(corridor) + 1}: field 'place'")
    assert "two waypoints" in problems[0]
    # the user fixes it: adds the waypoints, or moves the report to another layer
    corridor["place"] = "Kornidzor;Hin Shen;Stepanakert"
    events, problems = rows_to_events(rows, "Caucasus Wire", "", gazetteer)
    assert problems == [] and len(events) == 2
    martakert = next(e for e in events if e["place"] == "Martakert")
    assert martakert["claimed_by"] == "Caucasus Wire"               # nobody named: the outlet
    assert martakert["source"] == "Caucasus Wire" and martakert["end_date"] == martakert["start_date"]
    assert martakert["id"].startswith("x-shelling-martakert-2022-08-30-")


@pytest.mark.parametrize("field, value, message", [
    ("place", "Qwertzuiopville", "place not found"),
    ("start_date", "2022-13-01", "not a valid date"),
    ("start_date", "20220830", "not a valid date (YYYY-MM-DD)"),
    ("start_date", "2022-W35-2", "not a valid date (YYYY-MM-DD)"),
    ("end_date", "9999-12-31", "outside the years this project accepts"),
    ("layer", "rumours", "unknown value"),
    ("source_url", "javascript:alert(1)", "not an http(s) link"),
])
def test_bad_edits_are_reported(gazetteer, field, value, message):
    rows = review_rows(candidates("Drones struck Martakert on Tuesday.", "2022-08-31", gazetteer), [], gazetteer)
    if field == "source_url":
        events, problems = rows_to_events(rows, "Wire", value, gazetteer)
    else:
        rows[0][field] = value
        events, problems = rows_to_events(rows, "Wire", "", gazetteer)
    assert events == [] and len(problems) == 1 and message in problems[0] and problems[0].startswith("row 1")


def test_rejected_rows_are_not_saved(gazetteer):
    rows = review_rows(candidates("Drones struck Martakert on Tuesday.", "2022-08-31", gazetteer), [], gazetteer)
    rows[0]["accept"] = False
    assert rows_to_events(rows, "Wire", "", gazetteer) == ([], [])


def test_save_adds_events_and_rebuilds_layers(data, gazetteer):
    events_csv, layers = data
    rows = review_rows(candidates("Drones struck Martakert on Tuesday.", "2022-08-31", gazetteer), [], gazetteer)
    events, _ = rows_to_events(rows, "Wire", "https://example.org/m", gazetteer)
    [saved] = save_events(events, events_csv, layers, gazetteer)
    ids = [e["id"] for _, e in read_events(events_csv)]
    assert saved in ids and "shell-ganja-2020-10-04" in ids and len(ids) == 3
    shelling = json.loads((layers / "shelling.geojson").read_text(encoding="utf-8"))
    feature = next(f for f in shelling["features"] if f["id"] == saved)
    assert feature["properties"]["quote"] == "Drones struck Martakert on Tuesday."
    assert (layers / "corridors.geojson").exists() and (layers / "checkpoints.geojson").exists()


def test_a_bad_save_writes_nothing(data, gazetteer):
    events_csv, layers = data
    save_events([dict(EXISTING[0], id="first-save")], events_csv, layers, gazetteer)
    before = events_csv.read_bytes(), (layers / "shelling.geojson").read_bytes()
    good = dict(EXISTING[0], id="good-one", start_date="2020-10-05", end_date="2020-10-05")
    bad = dict(EXISTING[0], id="bad-one", place="Qwertzuiopville")
    with pytest.raises(SaveError, match="Qwertzuiopville"):
        save_events([good, bad], events_csv, layers, gazetteer)
    assert (events_csv.read_bytes(), (layers / "shelling.geojson").read_bytes()) == before


def test_an_id_clash_gets_a_new_id(data, gazetteer):
    events_csv, layers = data
    [saved] = save_events([dict(EXISTING[0], start_date="2020-10-06", end_date="2020-10-06")],
                          events_csv, layers, gazetteer)
    assert saved != "shell-ganja-2020-10-04"
    assert len(read_events(events_csv)) == 3


def test_save_waits_for_the_lock_and_says_so_when_it_cannot(data, gazetteer):
    events_csv, layers = data
    with FileLock(str(events_csv) + ".lock"):
        with pytest.raises(SaveError, match="another save"):
            save_events([dict(EXISTING[0], id="late")], events_csv, layers, gazetteer, timeout=0.2)


def _event(worker, i):
    day = dt.date(2021, 1, 1) + dt.timedelta(days=worker * 50 + i)
    return dict(EXISTING[0], id=f"w{worker}-{i}", start_date=day.isoformat(), end_date=day.isoformat(),
                claimed_by=f"worker {worker}")


def _save_many(args):
    events_csv, layers, worker, count, start = args
    from geo.gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    start.wait()
    for i in range(count):
        save_events([_event(worker, i)], events_csv, layers, gazetteer)
    return worker


def test_two_processes_saving_at_once_lose_nothing(data):
    events_csv, layers = data
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager:
        start = manager.Event()
        with ctx.Pool(2) as pool:
            result = pool.map_async(_save_many, [(events_csv, layers, w, 6, start) for w in (1, 2)])
            start.set()
            assert sorted(result.get(timeout=300)) == [1, 2]
    ids = {e["id"] for _, e in read_events(events_csv)}
    expected = {f"w{w}-{i}" for w in (1, 2) for i in range(6)}
    assert expected <= ids and len(ids) == len(EXISTING) + 12
    shelling = json.loads((layers / "shelling.geojson").read_text(encoding="utf-8"))
    assert expected <= {f["id"] for f in shelling["features"]}
    assert not list(events_csv.parent.glob("*.tmp"))


def test_two_threads_saving_at_once_lose_nothing(data, gazetteer):
    events_csv, layers = data
    barrier = threading.Barrier(2)
    errors = []

    def work(worker):
        barrier.wait()
        try:
            for i in range(4):
                save_events([_event(worker, i)], events_csv, layers, gazetteer)
        except Exception as exc:          # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in (3, 4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    ids = {e["id"] for _, e in read_events(events_csv)}
    assert {f"w{w}-{i}" for w in (3, 4) for i in range(4)} <= ids


# -- the Streamlit page ----------------------------------------------------------------------

HOSTILE = ("<script>alert('x')</script> Azerbaijani drones struck Martakert on Tuesday, "
           "the [ministry](http://evil.example) said. ![pic](http://evil.example/p.png)\n"
           "The new road through Hin Shen opened on Tuesday.")


@pytest.fixture
def report_page(data, monkeypatch):
    from streamlit.testing.v1 import AppTest
    events_csv, layers = data
    monkeypatch.setenv("CORRIDOR_MAP_EVENTS", str(events_csv))
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(layers))
    at = AppTest.from_file("../pages/2_Add_report.py", default_timeout=120)
    at.run()
    assert not at.exception
    return at


def _fill(at, text, published, outlet="Caucasus Wire"):
    at.text_area[0].input(text)
    at.date_input[0].set_value(dt.date.fromisoformat(published))
    at.text_input[0].input(outlet)
    at.text_input[1].input("https://example.org/report")
    at.button[0].click()
    at.run()
    assert not at.exception


def test_page_extracts_reviews_and_saves(report_page, data):
    page = report_page
    events_csv, layers = data
    _fill(page, HOSTILE, "2022-08-31")
    frame = page.dataframe[0].value                      # the st.data_editor table
    assert set(frame["place"]) == {"Martakert", "Hin Shen"}
    assert set(frame["layer"]) == {"shelling", "corridors"}
    # the single-place corridor cannot be saved as is: the user sees why, nothing is written
    before = events_csv.read_bytes()
    save = next(b for b in page.button if b.label.startswith("Save"))
    save.click()
    page.run()
    assert not page.exception
    assert any("two waypoints" in t.value for t in page.text)
    assert events_csv.read_bytes() == before


def test_page_never_renders_article_text_as_html(report_page):
    page = report_page
    _fill(page, HOSTILE, "2022-08-31")
    for element in page.markdown:
        assert "evil.example" not in element.value or "\\" in element.value
        assert "<script>" not in element.value
    unsafe = [m for m in page.markdown if getattr(m.proto, "allow_html", False)]
    assert all("Martakert" not in m.value and "script" not in m.value for m in unsafe)


def test_page_reports_unreadable_input(report_page):
    page = report_page
    _fill(page, "   ", "2022-08-31")
    assert page.error and "empty" in page.error[0].value


def test_page_saves_into_the_curated_data_and_rebuilds_layers(report_page, data):
    page = report_page
    events_csv, layers = data
    _fill(page, "Azerbaijani drones struck Martakert on Tuesday, the Armenian Defence Ministry said.",
          "2022-08-31")
    save = next(b for b in page.button if b.label.startswith("Save"))
    save.click()
    page.run()
    assert not page.exception and page.success
    saved = [e for _, e in read_events(events_csv) if e["place"] == "Martakert"]
    assert len(saved) == 1
    assert (saved[0]["claimed_by"], saved[0]["source"], saved[0]["source_url"]) == \
        ("Armenian MoD", "Caucasus Wire", "https://example.org/report")
    shelling = json.loads((layers / "shelling.geojson").read_text(encoding="utf-8"))
    assert saved[0]["id"] in {f["id"] for f in shelling["features"]}
