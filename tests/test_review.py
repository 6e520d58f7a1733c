"""Reviewing candidates and saving them: duplicates, validation, all-or-nothing saves, concurrency."""

import datetime as dt
import json
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
    [saved] = save_events(events, events_csv, layers, gazetteer).ids
    ids = [e["id"] for _, e in read_events(events_csv)]
    assert saved in ids and "shell-ganja-2020-10-04" in ids and len(ids) == 3
    shelling = json.loads((layers / "shelling.geojson").read_text(encoding="utf-8"))
    feature = next(f for f in shelling["features"] if f["id"] == saved)
    assert feature["properties"]["quote"] == "Drones struck Martakert on Tuesday."
    assert (layers / "corridors.geojson").exists() and (layers / "checkpoints.geojson").exists()


def test_an_invalid_event_is_skipped_with_its_reason_and_the_valid_ones_save(data, gazetteer):
    events_csv, layers = data
    good = dict(EXISTING[0], id="good-one", start_date="2020-10-05", end_date="2020-10-05")
    bad_place = dict(EXISTING[0], id="bad-one", place="Qwertzuiopville", start_date="2020-10-06", end_date="")
    bad_date = dict(EXISTING[0], id="bad-two", start_date="20201007", end_date="")
    one_place_corridor = dict(EXISTING[1], id="bad-three", place="Lachin", start_date="2022-08-31", end_date="")
    result = save_events([bad_place, good, bad_date, one_place_corridor], events_csv, layers, gazetteer)
    assert result.ids == ["good-one"] and result.existing == []
    reasons = {e["id"]: why for e, why in result.skipped}
    assert "Qwertzuiopville" in reasons["bad-one"] and reasons["bad-one"].startswith("field 'place'")
    assert "not a valid date (YYYY-MM-DD)" in reasons["bad-two"]
    assert "two waypoints" in reasons["bad-three"]
    ids = {e["id"] for _, e in read_events(events_csv)}
    assert "good-one" in ids and not ids & {"bad-one", "bad-two", "bad-three"}
    shelling = json.loads((layers / "shelling.geojson").read_text(encoding="utf-8"))
    assert "good-one" in {f["id"] for f in shelling["features"]}


def test_saving_the_same_events_twice_stores_them_once(data, gazetteer):
    events_csv, layers = data
    new = [dict(EXISTING[0], id="", start_date="2020-10-05", end_date="2020-10-05", quote="First telling."),
           dict(EXISTING[0], id="", place="Barda", start_date="2020-10-05", end_date="2020-10-05")]
    first = save_events(new, events_csv, layers, gazetteer)
    assert len(first.added) == 2 and first.existing == []
    before = events_csv.read_bytes(), (layers / "shelling.geojson").read_bytes()
    # the retry after a crash, or a double click; spacing, case and the wording of the quote do not matter
    again = [dict(new[0], place=" ganja ", claimed_by="azerbaijani  MoD", quote="Second telling."), new[1]]
    second = save_events(again, events_csv, layers, gazetteer)
    assert second.added == [] and [known for _, known in second.existing] == first.ids
    assert [event["place"] for event, _ in second.existing] == ["ganja", "Barda"]     # as cleaned
    assert (events_csv.read_bytes(), (layers / "shelling.geojson").read_bytes()) == before
    # the same report twice in one save, and the existing curated event itself
    third = save_events([dict(new[0], start_date="2020-10-09", end_date="2020-10-09")] * 2 + [EXISTING[0]],
                        events_csv, layers, gazetteer)
    assert len(third.added) == 1 and [k for _, k in third.existing] == [third.ids[0], "shell-ganja-2020-10-04"]
    assert len(read_events(events_csv)) == len(EXISTING) + 3


def test_a_save_keeps_the_file_modes(data, gazetteer):
    """A dashboard running as another user must still read what a save wrote (was 0600 after a save)."""
    import os
    import stat
    events_csv, layers = data
    save_events([dict(EXISTING[0], id="first", start_date="2020-10-05", end_date="")], events_csv, layers, gazetteer)
    for path in (events_csv, *layers.iterdir()):
        os.chmod(path, 0o644)
    save_events([dict(EXISTING[0], id="second", start_date="2020-10-06", end_date="")], events_csv, layers, gazetteer)
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in (events_csv, *layers.iterdir())} == \
        {p.name: 0o644 for p in (events_csv, *layers.iterdir())}


def test_another_claimant_or_source_is_another_event(data, gazetteer):
    events_csv, layers = data
    result = save_events([dict(EXISTING[0], id="", claimed_by="Armenian MoD"),
                          dict(EXISTING[0], id="", source="Other wire")], events_csv, layers, gazetteer)
    assert len(result.added) == 2 and result.existing == []


@pytest.mark.parametrize("where, errno, words", [
    ("csv", 30, "Read-only file system"), ("layers", 28, "No space left on device")])
def test_a_failed_write_is_a_save_error_and_changes_nothing(data, gazetteer, monkeypatch, where, errno, words):
    import os

    from geo import atomic
    events_csv, layers = data
    save_events([dict(EXISTING[0], id="first-save", start_date="2020-10-05", end_date="")], events_csv, layers, gazetteer)
    before = {p: p.read_bytes() for p in (events_csv, *layers.iterdir())}
    real = atomic.commit

    def failing(tmp, target, sync=True):
        if (where == "csv") == (target.suffix == ".csv"):
            raise OSError(errno, os.strerror(errno))
        return real(tmp, target, sync)
    monkeypatch.setattr(atomic, "commit", failing)
    with pytest.raises(SaveError, match=words) as info:
        save_events([dict(EXISTING[0], id="second", start_date="2020-10-06", end_date="")], events_csv, layers, gazetteer)
    assert "nothing was saved" in str(info.value)
    assert {p: p.read_bytes() for p in (events_csv, *layers.iterdir())} == before
    assert not [p for d in (events_csv.parent, layers) for p in d.iterdir() if atomic.is_temp(p)]


def test_a_read_only_data_folder_is_a_save_error(data, gazetteer, monkeypatch):
    import os

    from geo import sync
    events_csv, layers = data
    before = events_csv.read_bytes()
    os.chmod(events_csv.parent, 0o555)
    try:
        if os.access(events_csv.parent, os.W_OK):        # root writes anyway: refuse the lock file as the OS would
            def refused(self, *args, **kwargs):
                raise PermissionError(13, "Permission denied", str(events_csv) + ".lock")
            monkeypatch.setattr(sync.FileLock, "acquire", refused)
        with pytest.raises(SaveError, match="cannot save into .*Permission denied.*nothing was saved"):
            save_events([dict(EXISTING[0], id="x", start_date="2020-10-06", end_date="")], events_csv, layers,
                        gazetteer)
    finally:
        os.chmod(events_csv.parent, 0o755)
    assert events_csv.read_bytes() == before


def test_an_id_clash_gets_a_new_id(data, gazetteer):
    events_csv, layers = data
    [saved] = save_events([dict(EXISTING[0], start_date="2020-10-06", end_date="2020-10-06")],
                          events_csv, layers, gazetteer).ids
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


def test_two_processes_saving_at_once_lose_nothing(data, spawn_context):
    events_csv, layers = data
    ctx = spawn_context
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


def test_the_article_upload_states_the_article_size_limit(report_page):
    """The upload box tells the limit an article file really has, not Streamlit's 200 MB default."""
    from geo.article import MAX_BYTES
    (uploader,) = report_page.get("file_uploader")
    assert uploader.proto.max_upload_size_mb == round(MAX_BYTES / 1e6) == 2


def test_page_extracts_reviews_and_saves(report_page, data):
    page = report_page
    events_csv, layers = data
    _fill(page, HOSTILE, "2022-08-31")
    frame = page.dataframe[0].value                      # the st.data_editor table
    assert set(frame["place"]) == {"Martakert", "Hin Shen"}
    assert set(frame["layer"]) == {"shelling", "corridors"}
    # the single-place corridor cannot be saved as is: it is marked, and skipped with its reason
    corridor = frame.index[frame["layer"] == "corridors"][0]
    assert "two waypoints" in frame.loc[corridor, "problem"]
    assert any("will be skipped" in w.value for w in page.warning)
    save = next(b for b in page.button if b.label.startswith("Save"))
    assert save.label == "Save 1 valid event(s)"
    save.click()
    page.run()
    assert not page.exception
    assert page.success and any("skipped" in w.value for w in page.warning)
    assert any(f"row {corridor + 1}: field 'place'" in t.value and "two waypoints" in t.value for t in page.text)
    saved = [e for _, e in read_events(events_csv) if e["layer"] != "corridors" and e["place"] == "Martakert"]
    assert len(saved) == 1 and not any(e["place"] == "Hin Shen" for _, e in read_events(events_csv))


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


def test_page_says_which_events_were_already_there(report_page, data):
    """Two tabs (or two people) review the same article; the second save finds the events stored."""
    from streamlit.testing.v1 import AppTest
    events_csv, _ = data
    other = AppTest.from_file("../pages/2_Add_report.py", default_timeout=120)
    other.run()
    text = "Azerbaijani drones struck Martakert on Tuesday, the Armenian Defence Ministry said."
    for page in (report_page, other):
        _fill(page, text, "2022-08-31")
    for page in (report_page, other):
        next(b for b in page.button if b.label.startswith("Save")).click()
        page.run()
        assert not page.exception
    assert report_page.success and not other.success
    assert any("already there" in i.value for i in other.info)
    assert any("Martakert" in t.value and "stored as x-shelling-martakert" in t.value for t in other.text)
    assert sum(e["place"] == "Martakert" for _, e in read_events(events_csv)) == 1


def test_page_shows_a_save_error_as_a_message(report_page, data, monkeypatch):
    page = report_page
    events_csv, layers = data
    layers.mkdir(exist_ok=True)
    (layers / "shelling.geojson").mkdir()          # a folder where a layer file must go: the write fails
    _fill(page, "Azerbaijani drones struck Martakert on Tuesday, the Armenian Defence Ministry said.",
          "2022-08-31")
    before = events_csv.read_bytes()
    next(b for b in page.button if b.label.startswith("Save")).click()
    page.run()
    assert not page.exception
    assert page.error and "Nothing was saved" in page.error[0].value
    assert any("nothing was saved" in t.value for t in page.text)
    assert events_csv.read_bytes() == before


# -- candidates outside the region -----------------------------------------------------------

HAKKARI = {"layer": "checkpoints", "kind": "checkpoint", "place": "the Hakari bridge", "start_date": "2023-04-23",
           "coordinates": [[43.7408, 37.5744]], "country": "TR", "claimed_by": "Test ministry"}


def test_a_candidate_placed_in_turkey_is_flagged_and_unticked(gazetteer):
    martakert = {"layer": "shelling", "kind": "drone", "place": "Martakert", "start_date": "2022-08-30",
                 "coordinates": [[46.8203, 40.2139]], "country": "AZ"}
    rows = review_rows([HAKKARI, martakert], [], gazetteer)
    assert rows[0]["outside"] == "outside Armenia/Azerbaijan: the Hakari bridge (TR)"
    assert rows[0]["accept"] is False and rows[1]["outside"] == "" and rows[1]["accept"] is True
    # whatever the geocoder says: coordinates beyond the region count without a country, and a
    # country other than Armenia/Azerbaijan counts inside the box (Tbilisi, Georgia)
    assert review_rows([dict(HAKKARI, country="")], [], gazetteer)[0]["outside"].startswith("outside")
    tbilisi = dict(HAKKARI, coordinates=[[44.7930, 41.6938]], country="GE", place="Tbilisi")
    assert "Tbilisi (GE)" in review_rows([tbilisi], [], gazetteer)[0]["outside"]
    nakhchivan = dict(HAKKARI, coordinates=[[45.4123, 39.2089]], country="AZ", place="Nakhchivan")
    assert review_rows([nakhchivan], [], gazetteer)[0]["outside"] == ""


def test_the_review_map_shows_and_fits_a_far_candidate(gazetteer):
    from geo import reviewmap

    class TurkishHakari:                          # a geocoder that answers wrongly, as it once did
        def resolve(self, name):
            if "hakari" in name.lower():
                from geo.gazetteer import Match, Place
                return Match(name, Place("Hakkari", 37.5744, 43.7408, "TR", "geonames", "town", 0, "", "", ""),
                             "exact", 100)
            return gazetteer.resolve(name)

    rows = [dict(HAKKARI, accept=True), {"layer": "shelling", "kind": "drone", "place": "Martakert",
                                         "start_date": "2022-08-30", "accept": True}]
    items, unresolved = reviewmap.locate_rows(rows, TurkishHakari())
    assert unresolved == [] and [n for n, _, _ in items] == [1, 2]
    (south, west), (north, east) = reviewmap.bounds(items)
    assert south < 37.6 and north > 40.2 and west < 43.7 and east > 46.8        # both in view
    html = reviewmap.candidate_map(items).get_root().render()
    assert "37.5744" in html and "fitBounds" in html
    assert "outside Armenia/Azerbaijan: Hakkari (TR)" in html and reviewmap.OUTSIDE_COLOUR in html


def test_a_corridor_named_as_such_is_proposed_as_its_road_of_that_day(gazetteer):
    """ "The Lachin corridor was closed" is a line on the corridors layer, not a point at Lachin town:
    the row gets the waypoints of the road the corridor ran on that day and saves as it is."""
    found = candidates("The Lachin corridor was closed to all traffic on Monday, the Red Cross said.\n"
                       "A road between two villages near Kapan was closed on Monday.", "2023-07-12", gazetteer)
    rows = review_rows(found, [], gazetteer)
    corridor = next(r for r in rows if r["layer"] == "corridors" and ";" in r["place"])
    stops = corridor["place"].split(";")
    assert stops[0] == "Goris" and stops[-1] == "Stepanakert" and "Hakari Bridge" in stops   # the 2022 bypass road
    assert corridor["status"] == "closed" and corridor["problem"] == ""
    events, problems = rows_to_events([corridor], "Caucasus Wire", "", gazetteer)
    assert problems == [] and events[0]["place"] == corridor["place"] and events[0]["status"] == "closed"
    # before the bypass road was opened, the same words name the road through Lachin town
    older = review_rows(candidates("The Lachin corridor was closed on Monday.", "2021-03-10", gazetteer), [], gazetteer)
    assert "Lachin" in older[0]["place"].split(";") and "Hakari Bridge" not in older[0]["place"].split(";")


def test_a_closure_at_one_town_still_asks_for_its_waypoints(gazetteer):
    rows = review_rows(candidates("The road was closed at Shurnukh on Monday.", "2021-03-10", gazetteer), [], gazetteer)
    closure = next(r for r in rows if r["layer"] == "corridors")
    assert closure["place"] == "Shurnukh" and "two waypoints" in closure["problem"]
