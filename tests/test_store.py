"""The store interface, run against both backends: the files and PostGIS (a throw-away cluster).

Reading, the day-window and bounding-box query, adding in one transaction with the build's
validation, idempotent saves and duplicates, changes since a version, building and exporting
from the store, and two processes saving at once.
"""

import datetime as dt

import pyogrio
import pytest

from geo.events import FIELDS, write_events
from geo.export import export
from geo.layers import COLUMNS, build_layers, write_layers
from geo.review import SaveError
from geo.store import open_store

# Written for these tests: an old route that ends the day a bypass opens, a blockade with no
# end, one-day shelling reports (two sides' claims about Ganja), a two-day clash, checkpoints,
# and a meeting abroad (layer other).
EVENTS = [
    dict(id="c-old", layer="corridors", kind="route", status="open", place="Goris;Lachin;Stepanakert",
         start_date="2020-11-10", end_date="2022-08-30", claimed_by="Ceasefire statement"),
    dict(id="c-bypass", layer="corridors", kind="route_change", status="open",
         place="Kornidzor;Hakari Bridge;Stepanakert", start_date="2022-08-30", end_date="2022-12-12",
         claimed_by="Test ministry"),
    dict(id="c-block", layer="corridors", kind="blockade", status="blockaded",
         place="Kornidzor;Hakari Bridge;Stepanakert", start_date="2022-12-12", end_date="",
         claimed_by="Test observers", source_url="https://example.org/a"),
    dict(id="s-ganja-a", layer="shelling", kind="artillery", place="Ganja", start_date="2020-10-04",
         end_date="2020-10-04", claimed_by="Side A"),
    dict(id="s-ganja-b", layer="shelling", kind="artillery", place="Ganja", start_date="2020-10-04",
         end_date="2020-10-04", claimed_by="Side B", description="Side B denies it."),
    dict(id="s-barda", layer="shelling", kind="missile", place="Barda", start_date="2020-10-28",
         end_date="2020-10-28", claimed_by="Test ministry"),
    dict(id="s-clash", layer="shelling", kind="artillery", place="Stepanakert", start_date="2020-10-02",
         end_date="2020-10-03", claimed_by="Test officials"),
    dict(id="k-hakari", layer="checkpoints", kind="checkpoint", place="Hakari Bridge", start_date="2023-04-23",
         end_date="", geo_precision="site", claimed_by="Test ministry"),
    dict(id="k-lachin", layer="checkpoints", kind="checkpoint", place="Lachin", start_date="2020-11-12",
         end_date="2022-08-26", claimed_by="Test ministry"),
    dict(id="m-geneva", layer="other", kind="meeting", place="Geneva", start_date="2020-10-08",
         end_date="2020-10-08", claimed_by="Test ministry"),
]
DEFAULTS = dict(status="", end_date="", date_precision="day", geo_precision="town", description="A test event.",
                source="Test Wire", source_url="", quote="")
EVENTS = [{f: {**DEFAULTS, **e}[f] for f in FIELDS} for e in EVENTS]
GANJA_BOX = (46.2, 40.6, 46.5, 40.8)              # around Ganja only


@pytest.fixture
def store(backend, request, tmp_path, gazetteer):
    """A store of each backend holding EVENTS (files: the CSV and its built layers)."""
    if backend == "files":
        events_csv, layers_dir = tmp_path / "data" / "events.csv", tmp_path / "layers"
        events_csv.parent.mkdir()
        write_events(events_csv, EVENTS)
        write_layers(build_layers(list(enumerate(EVENTS, 2)), gazetteer), layers_dir)
        return open_store(None, events_csv, layers_dir, gazetteer)
    url = request.getfixturevalue("pg_url")
    store = open_store(url, gazetteer=gazetteer)
    result = store.add_events(EVENTS)
    assert sorted(result.ids) == sorted(e["id"] for e in EVENTS)
    return store


def ids(layer):
    return sorted(layer["id"])


def shown(store, first, last=None, bbox=None):
    layers = store.read_layers(day_window=(first, last or first), bbox=bbox)
    return {name: ids(layer) for name, layer in layers.items()}


def new_event(**changes):
    return {**EVENTS[3], "id": "s-new", "start_date": "2021-05-01", "end_date": "2021-05-01",
            "claimed_by": "Side C", **changes}


# --- reading --------------------------------------------------------------------------------

def test_read_events_gives_every_event_sorted(store):
    events = store.read_events()
    assert [e["id"] for e in events] == [e["id"] for e in sorted(EVENTS, key=lambda e: (e["start_date"], e["id"]))]
    assert {e["id"]: e for e in events}["c-block"] == next(e for e in EVENTS if e["id"] == "c-block")


def test_read_layers_equal_the_build(store, gazetteer):
    built = build_layers(list(enumerate(EVENTS, 2)), gazetteer)
    layers = store.read_layers()
    assert set(layers) == {"corridors", "shelling", "checkpoints", "other"}
    for name, layer in layers.items():
        assert list(layer.columns) == [*COLUMNS, "geometry"] and layer.crs == "EPSG:4326"
        expected = built[name]
        assert ids(layer) == ids(expected)
        assert layer.drop(columns="geometry").fillna("").values.tolist() == \
            expected.drop(columns="geometry").fillna("").values.tolist()
        assert layer.geometry.geom_equals_exact(expected.geometry, 1e-9).all()


def test_window_shows_what_is_in_force_on_a_day(store):
    assert shown(store, "2022-08-29")["corridors"] == ["c-old"]            # the day before the switch
    assert shown(store, "2022-08-30")["corridors"] == ["c-bypass"]         # end excluded, start included
    assert shown(store, "2024-01-01") == {"corridors": ["c-block"], "shelling": [], "checkpoints": ["k-hakari"],
                                          "other": []}
    assert shown(store, "2020-10-08")["other"] == ["m-geneva"]
    assert shown(store, "2020-10-04")["shelling"] == ["s-ganja-a", "s-ganja-b"]
    assert shown(store, "2020-10-03")["shelling"] == ["s-clash"]           # a two-day report, its last day
    assert shown(store, "2020-10-01", "2020-10-30")["shelling"] == ["s-barda", "s-clash", "s-ganja-a", "s-ganja-b"]
    assert shown(store, "2019-01-01", "2019-12-31") == {"corridors": [], "shelling": [], "checkpoints": [], "other": []}


def test_bbox_keeps_what_meets_the_view(store):
    assert shown(store, "2020-10-01", "2020-10-30", GANJA_BOX)["shelling"] == ["s-ganja-a", "s-ganja-b"]
    everything = store.read_layers(bbox=GANJA_BOX)
    assert ids(everything["corridors"]) == [] and ids(everything["checkpoints"]) == []


# --- what the dashboard asks of many events (counts, chart, dates, a day's rows) ------------

NONE = {"corridors": 0, "shelling": 0, "checkpoints": 0, "other": 0}


def test_facts_give_the_span_the_sizes_and_the_filters_choices(store):
    facts = store.facts()
    assert (facts.first, facts.last) == (dt.date(2020, 10, 2), dt.date(2023, 4, 23))
    assert facts.totals == {"corridors": 3, "shelling": 4, "checkpoints": 2, "other": 1} and facts.total == 10
    assert facts.options["claimed_by"] == ["Ceasefire statement", "Side A", "Side B", "Test ministry",
                                           "Test observers", "Test officials"]
    assert facts.options["kind"] == ["artillery", "blockade", "checkpoint", "meeting", "missile", "route",
                                     "route_change"]
    assert store.facts(option_limit=1).options["claimed_by"] == ["Test ministry"]      # the most frequent


@pytest.mark.parametrize("filters, span, window, expected", [
    (None, None, None, {"corridors": 3, "shelling": 4, "checkpoints": 2, "other": 1}),
    ({"claimed_by": ["Side A", "Side B"]}, None, None, {**NONE, "shelling": 2}),
    ({"layer": []}, None, None, NONE),                                           # no layer chosen
    (None, ("2020-10-04", "2020-10-04"), 7, {**NONE, "shelling": 3}),            # the clash of 2-3 Oct too
    (None, ("2020-10-04", "2020-10-04"), 1, {**NONE, "shelling": 2}),
    (None, ("2020-10-10", "2020-10-10"), None, {**NONE, "shelling": 3, "other": 1}),   # everything so far
    # in force on 29 Aug 2022: the old route; the Lachin checkpoint ended on the 26th, whatever the window
    (None, ("2022-08-29", "2022-08-29"), 30, {**NONE, "corridors": 1}),
    ({"geo_precision": ["site"]}, ("2024-01-01", "2024-01-01"), 7, {**NONE, "checkpoints": 1}),
])
def test_counts_of_what_the_filters_keep_and_a_day_shows(store, filters, span, window, expected):
    assert store.counts(filters, span, window) == expected


def test_count_spans_counts_each_span_of_dates(store):
    spans = [("2020-10-01", "2020-10-31"), ("2020-10-04", "2020-10-04"), ("2019-01-01", "2019-01-31")]
    assert store.count_spans(None, spans, 1) == [5, 2, 0]
    assert store.count_spans({"layer": ["shelling"]}, spans[:2], 7) == [4, 3]


def test_weekly_counts_and_change_dates_are_those_of_the_timeline(store):
    from geo import timeline
    weekly = store.weekly_counts()
    expected = timeline.weekly_counts(timeline.as_days([e["start_date"] for e in EVENTS]), [e["layer"] for e in EVENTS])
    assert weekly.astype({"week": "datetime64[s]"}).to_dict("records") == \
        expected.astype({"week": "datetime64[s]"}).to_dict("records")
    assert weekly["events"].sum() == 10
    shelling = store.weekly_counts({"layer": ["shelling"]})
    assert [(w.date().isoformat(), n) for w, n in zip(shelling["week"], shelling["events"])] == \
        [("2020-09-28", 3), ("2020-10-26", 1)]                                     # weeks start on Monday
    dates = store.change_dates({"layer": ["corridors"]})
    assert [str(d) for d in dates] == ["2020-11-10", "2022-08-30", "2022-12-12"]
    assert len(store.change_dates()) == len(timeline.change_dates(timeline.as_days([e["start_date"] for e in EVENTS]),
                                                                  timeline.as_days([e["end_date"] for e in EVENTS])))


def test_read_shown_gives_a_days_features_as_the_layers_give_them(store):
    layers = store.read_shown({"layer": ["shelling", "corridors"]}, ("2020-10-04", "2020-10-04"), 7)
    assert {n: ids(layer) for n, layer in layers.items()} == {"corridors": [], "shelling": ["s-clash", "s-ganja-a",
                                                              "s-ganja-b"], "checkpoints": [], "other": []}
    every = store.read_layers()["shelling"]
    assert list(layers["shelling"].columns) == list(every.columns)
    assert layers["shelling"].drop(columns="geometry").fillna("").values.tolist() == \
        every[every["id"].isin(ids(layers["shelling"]))].drop(columns="geometry").fillna("").values.tolist()
    assert ids(store.read_shown()["checkpoints"]) == ["k-hakari", "k-lachin"]


def test_read_shown_under_a_limit_keeps_every_feature_in_force_and_the_latest_reports(store):
    layers = store.read_shown(None, ("2024-01-01", "2024-01-01"), None, limit=3)
    assert {n: ids(layer) for n, layer in layers.items()} == {"corridors": ["c-block"], "shelling": ["s-barda"],
                                                              "checkpoints": ["k-hakari"], "other": []}
    tied = store.read_shown(None, ("2020-10-04", "2020-10-04"), 1, limit=1)      # same day: the greater id
    assert ids(tied["shelling"]) == ["s-ganja-b"]
    in_force = store.read_shown(None, ("2024-01-01", "2024-01-01"), None, limit=1)   # never fewer than in force
    assert {n: ids(layer) for n, layer in in_force.items()} == {"corridors": ["c-block"], "shelling": [],
                                                                "checkpoints": ["k-hakari"], "other": []}


# --- adding ---------------------------------------------------------------------------------

def test_added_events_are_read_back_and_drawn(store):
    result = store.add_events([new_event()])
    assert result.ids == ["s-new"] and result.existing == [] and result.skipped == []
    assert result.added[0]["place"] == "Ganja" and result.added[0]["claimed_by"] == "Side C"
    assert "s-new" in [e["id"] for e in store.read_events()]
    assert shown(store, "2021-05-01")["shelling"] == ["s-new"]


def test_saving_the_same_report_twice_adds_it_once(store, backend, request):
    store.add_events([new_event()])
    before = store.read_events()
    again = store.add_events([new_event(id="s-new-again", description="Typed in again."),
                              new_event(id="s-new-typed", place=" ganja", claimed_by="SIDE  C", source="test wire")])
    assert again.ids == [] and [stored for _, stored in again.existing] == ["s-new", "s-new"]
    assert store.read_events() == before


def test_repeats_within_a_save_are_reported_as_already_there(store, backend, request):
    result = store.add_events([new_event(), new_event(id="s-new-copy"), EVENTS[0]])
    assert result.ids == ["s-new"] and result.skipped == []
    assert [(event["id"], stored) for event, stored in result.existing] == [("s-new-copy", "s-new"), ("c-old", "c-old")]
    assert [e["id"] for e in store.read_events()].count("s-new") == 1


def test_a_taken_id_for_another_report_gets_a_fresh_one(store):
    result = store.add_events([new_event(id="s-barda")])
    [fresh] = result.ids
    assert fresh != "s-barda" and fresh in {e["id"] for e in store.read_events()}
    assert len(store.read_events()) == len(EVENTS) + 1


def test_invalid_events_are_skipped_with_the_reason_and_the_valid_ones_saved(store, backend, request):
    result = store.add_events([new_event(id="bad-place", place="Qwertzuiopville", claimed_by="Side D"),
                               new_event(),
                               new_event(id="bad-end", end_date="2021-04-01"),
                               new_event(id="bad-corridor", layer="corridors")])
    assert result.ids == ["s-new"]
    reasons = {event["id"]: why for event, why in result.skipped}
    assert set(reasons) == {"bad-place", "bad-end", "bad-corridor"}
    assert "Qwertzuiopville" in reasons["bad-place"] and "end_date" in reasons["bad-end"]
    assert "two waypoints" in reasons["bad-corridor"]
    assert {e["id"] for e in store.read_events()} == {e["id"] for e in EVENTS} | {"s-new"}


def test_a_save_of_nothing_valid_writes_nothing(store, backend, request):
    before = store.read_events(), store.version()
    result = store.add_events([new_event(place="Qwertzuiopville")])
    assert result.ids == [] and len(result.skipped) == 1
    with pytest.raises(SaveError, match="no accepted events"):
        store.add_events([])
    assert (store.read_events(), store.version()) == before


def test_changes_since_a_version(store):
    version = store.version()
    assert store.changes_since(version).events == []
    store.add_events([new_event()])
    changes = store.changes_since(version)
    assert changes.version != version and "s-new" in [e["id"] for e in changes.events]
    if not changes.complete:                              # a store with history gives only what is new
        assert [e["id"] for e in changes.events] == ["s-new"]
    else:
        assert len(changes.events) == len(EVENTS) + 1
    assert store.changes_since(changes.version).events == []


# --- building and exporting from the store --------------------------------------------------

def test_build_and_export_from_the_store(store, tmp_path):
    layers = store.build_layers()
    assert {n: len(layer) for n, layer in layers.items()} == {"corridors": 3, "shelling": 4, "checkpoints": 2, "other": 1}
    [gpkg] = export(layers, "gpkg", tmp_path / "out.gpkg")
    assert pyogrio.read_info(gpkg, layer="shelling")["features"] == 4
    assert pyogrio.read_info(gpkg, layer="corridors")["geometry_type"] == "LineString"


# --- two processes saving at once -----------------------------------------------------------

def _save_many(args):
    kind, where, worker, count, start = args
    from geo.store import open_store
    store = open_store(where if kind == "postgis" else None, *(where if kind == "files" else ()))
    start.wait()
    added = []
    for i in range(count):
        day = (dt.date(2021, 1, 1) + dt.timedelta(days=i)).isoformat()
        shared = new_event(id=f"shared-{i}", start_date=day, end_date=day, claimed_by="Everyone")
        own = new_event(id=f"w{worker}-{i}", start_date=day, end_date=day, claimed_by=f"worker {worker}")
        added += store.add_events([own, shared]).ids
    return added


def test_two_processes_saving_at_once_lose_nothing_and_add_nothing_twice(store, backend, spawn_context):
    where = store.url if backend == "postgis" else (store.events_csv, store.layers_dir)
    ctx = spawn_context
    with ctx.Manager() as manager:
        start = manager.Event()
        with ctx.Pool(2) as pool:
            result = pool.map_async(_save_many, [(backend, where, w, 5, start) for w in (1, 2)])
            start.set()
            added = sum(result.get(timeout=300), [])
    ids_now = [e["id"] for e in store.read_events()]
    expected = {f"w{w}-{i}" for w in (1, 2) for i in range(5)} | {f"shared-{i}" for i in range(5)}
    assert expected <= set(ids_now) and len(ids_now) == len(set(ids_now)) == len(EVENTS) + 15
    assert sorted(added) == sorted(expected)              # every shared event added by exactly one


def test_a_road_with_two_states_on_one_day_is_refused(store):
    before = store.read_events()
    overlapping = {**EVENTS[2], "id": "c-closed", "kind": "closure", "status": "closed",
                   "start_date": "2023-01-10", "end_date": "", "claimed_by": "Other observers"}
    with pytest.raises(SaveError, match="two states on 2023-01-10"):
        store.add_events([overlapping])
    assert store.read_events() == before


# --- PostGIS: writers that looked at the same moment -----------------------------------------

def _save_while_locked(url, gazetteer, batches):
    """Save each batch from its own thread, all having looked for duplicates before any inserts.

    The writers' lock is held meanwhile by another session, as a writer in the middle of its
    insert would hold it; it is let go once every save waits for it.
    """
    import threading
    import time

    import psycopg

    from geo.store.postgis import WRITE_LOCK
    stores = [open_store(url, gazetteer=gazetteer) for _ in batches]
    results = [None] * len(batches)

    def save(i):
        results[i] = stores[i].add_events(batches[i])

    with psycopg.connect(url) as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        threads = [threading.Thread(target=save, args=(i,)) for i in range(len(batches))]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 60
        while holder.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                             ).fetchone()[0] < len(batches):
            assert time.monotonic() < deadline, "the saves never reached the writers' lock"
            time.sleep(0.05)
        holder.commit()
    for thread in threads:
        thread.join(60)
    return results


def test_a_report_saved_by_two_writers_that_looked_at_once_is_stored_once(pg_url, gazetteer):
    store = open_store(pg_url, gazetteer=gazetteer)
    first, second = _save_while_locked(pg_url, gazetteer, [[new_event(id="desk-1")], [new_event(id="desk-2")]])
    [(winner, added)] = [(r, r.ids[0]) for r in (first, second) if r.ids]
    [loser] = [r for r in (first, second) if r is not winner]
    assert loser.ids == [] and [stored for _, stored in loser.existing] == [added]
    assert [e["id"] for e in store.read_events() if e["claimed_by"] == "Side C"] == [added]


def test_two_reports_given_one_id_by_writers_that_looked_at_once_both_get_stored(pg_url, gazetteer):
    store = open_store(pg_url, gazetteer=gazetteer)
    first, second = _save_while_locked(pg_url, gazetteer, [[new_event(id="s-race", claimed_by="Desk 1")],
                                                           [new_event(id="s-race", claimed_by="Desk 2")]])
    ids_added = first.ids + second.ids
    assert "s-race" in ids_added and len(set(ids_added)) == 2
    assert sorted(e["claimed_by"] for e in store.read_events()) == ["Desk 1", "Desk 2"]


def test_a_load_stores_a_report_repeated_further_down_once_under_its_first_id(pg_url, gazetteer, tmp_path):
    import csv
    rows = [EVENTS[5], EVENTS[3], new_event(id="s-typed-again", place=" ganja ", claimed_by="SIDE A",
                                            start_date=EVENTS[3]["start_date"], end_date=EVENTS[3]["end_date"]),
            EVENTS[0]]                                     # line 4 repeats line 3
    path = tmp_path / "events.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    store = open_store(pg_url, gazetteer=gazetteer)
    result = store.load_csv(path)
    assert result.ids == ["s-barda", "s-ganja-a", "c-old"]
    assert [(event["id"], stored) for event, stored in result.existing] == [("s-typed-again", "s-ganja-a")]
    assert [e["id"] for e in store.read_events()] == ["s-ganja-a", "s-barda", "c-old"]
    again = store.load_csv(path)
    assert again.ids == [] and [stored for _, stored in again.existing] == ["s-barda", "s-ganja-a", "s-ganja-a",
                                                                             "c-old"]
