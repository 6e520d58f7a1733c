"""The review queue on the Add report page: filter, tick, save or reject, and the queue file shrinks."""

import json

import pytest

from geo import queue
from geo.errors import GeoError
from geo.events import read_events, write_events


def candidate(place, layer="shelling", kind="artillery", claimed_by="Azerbaijani MoD", confidence=0.5,
              start="2020-10-04", quote=None, coords=(46.93, 40.34)):
    return {"id": "x-0123456789", "layer": layer, "kind": kind, "status": "", "place": place,
            "place_name": place, "geo_precision": "town", "start_date": start, "end_date": start,
            "date_precision": "day", "date_certain": True, "claimed_by": claimed_by,
            "description": f"Shelling in {place}", "source": "apa.txt; Terter under fire", "source_url": "",
            "quote": quote or f"Forces shelled {place} on Sunday.", "coordinates": [list(coords)],
            "sources": [{"file": "a/apa.txt"}, {"file": "a/wire.eml"}], "confidence": confidence}


QUEUE = {"folder": "articles", "articles": 3, "unread": [], "candidates": [
    candidate("Tartar", confidence=0.85),
    candidate("Martakert", claimed_by="Armenian MoD", confidence=0.4, coords=(46.82, 40.21)),
    candidate("Barda", kind="drone", confidence=0.7, quote="A drone struck Barda on Sunday.",
              coords=(47.15, 40.37)),
]}


@pytest.fixture
def queue_file(tmp_path):
    path = tmp_path / "review-queue.json"
    path.write_text(json.dumps(QUEUE), encoding="utf-8")
    return path


def places(candidates):
    return [c["place"] for c in candidates]


def test_filters_combine_and_sort_by_confidence(queue_file):
    candidates = queue.load(queue_file.parent)["candidates"]           # a folder means its queue file
    assert places(queue.select(candidates)) == ["Tartar", "Barda", "Martakert"]
    assert places(queue.select(candidates, descending=False)) == ["Martakert", "Barda", "Tartar"]
    assert places(queue.select(candidates, claimed_by=["Azerbaijani MoD"])) == ["Tartar", "Barda"]
    assert places(queue.select(candidates, kind=["drone"], claimed_by=["Azerbaijani MoD"])) == ["Barda"]
    assert places(queue.select(candidates, layer=["corridors"])) == []
    assert places(queue.select(candidates, text="DRONE struck")) == ["Barda"]         # the quote, any case
    assert queue.options(candidates, "claimed_by") == ["Armenian MoD", "Azerbaijani MoD"]


def test_rows_count_articles_and_tick_the_accepted(queue_file):
    candidates = queue.load(queue_file)["candidates"]
    rows = queue.rows(candidates, accepted=[queue.key(candidates[1])])
    assert [r["accept"] for r in rows] == [False, True, False]
    assert rows[0]["articles"] == 2 and rows[0]["confidence"] == 0.85
    assert len({r["key"] for r in rows}) == 3                          # same id, still three candidates


def test_candidates_become_valid_events_or_say_why_not(gazetteer):
    checked = queue.to_events([candidate("Tartar"), candidate("Nowhere-on-earth")], gazetteer)
    (_, event, problem), (_, bad, why) = checked
    assert problem == "" and event["place"] == "Tartar" and event["source"] == "apa.txt; Terter under fire"
    assert event["id"].startswith("x-shelling-tartar-2020-10-04")
    assert bad is None and "Nowhere-on-earth" in why


def test_remove_rewrites_the_file_without_them(queue_file):
    candidates = queue.load(queue_file)["candidates"]
    assert queue.remove(queue_file, [queue.key(candidates[0]), queue.key(candidates[2])]) == 1
    kept = json.loads(queue_file.read_text(encoding="utf-8"))
    assert places(kept["candidates"]) == ["Martakert"] and kept["folder"] == "articles"
    assert [p.name for p in queue_file.parent.iterdir()] == ["review-queue.json"]     # no temporary left


@pytest.mark.parametrize("content, words", [("{not json", "not JSON"), ('{"candidates": 3}', "no list")])
def test_a_file_that_is_not_a_queue_is_a_clear_error(tmp_path, content, words):
    path = tmp_path / "q.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GeoError, match=words):
        queue.load(path)
    with pytest.raises(GeoError, match="no such file"):
        queue.load(tmp_path / "missing.json")


# --- the page --------------------------------------------------------------------------------

@pytest.fixture
def queue_page(tmp_path, queue_file, monkeypatch):
    from streamlit.testing.v1 import AppTest
    events_csv = tmp_path / "data" / "events.csv"
    events_csv.parent.mkdir()
    write_events(events_csv, [])
    monkeypatch.setenv("CORRIDOR_MAP_EVENTS", str(events_csv))
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(tmp_path / "layers"))
    at = AppTest.from_file("../pages/2_Add_report.py", default_timeout=120)
    at.run()
    at.radio(key="view").set_value("Review queue").run()
    at.text_input(key="queue_path").input(str(queue_file)).run()
    assert not at.exception
    return at, events_csv


def test_page_saves_two_ticked_candidates_and_they_leave_the_queue(queue_page, queue_file):
    page, events_csv = queue_page
    assert list(page.dataframe[0].value["place"]) == ["Tartar", "Barda", "Martakert"]
    page.multiselect(key="queue_claimed_by").set_value(["Azerbaijani MoD"]).run()
    assert list(page.dataframe[0].value["place"]) == ["Tartar", "Barda"]
    page.button(key="queue_all").click().run()
    assert page.button(key="queue_save").label == "Save 2 ticked"
    page.multiselect(key="queue_claimed_by").set_value([]).run()           # all shown again: the two stay ticked
    assert list(page.dataframe[0].value["accept"]) == [True, True, False]
    assert page.button(key="queue_save").label == "Save 2 ticked"
    page.button(key="queue_save").click().run()
    assert not page.exception and page.success
    saved = [e for _, e in read_events(events_csv)]
    assert sorted((e["place"], e["kind"], e["claimed_by"]) for e in saved) == \
        [("Barda", "drone", "Azerbaijani MoD"), ("Tartar", "artillery", "Azerbaijani MoD")]
    left = json.loads(queue_file.read_text(encoding="utf-8"))["candidates"]
    assert places(left) == ["Martakert"]
    assert list(page.dataframe[0].value["place"]) == ["Martakert"]          # the next round goes on
    assert not any(page.dataframe[0].value["accept"])


def test_page_rejects_ticked_candidates_without_saving(queue_page, queue_file):
    page, events_csv = queue_page
    page.text_input(key="queue_text").input("Martakert").run()
    page.button(key="queue_all").click().run()
    page.button(key="queue_reject").click().run()
    assert not page.exception
    assert list(read_events(events_csv)) == []
    assert places(json.loads(queue_file.read_text(encoding="utf-8"))["candidates"]) == ["Tartar", "Barda"]


def test_page_says_when_the_file_is_not_a_queue(queue_page, tmp_path):
    page, _ = queue_page
    (tmp_path / "other.json").write_text("[1, 2]", encoding="utf-8")
    page.text_input(key="queue_path").input(str(tmp_path / "other.json")).run()
    assert not page.exception and "not a review queue" in page.error[0].value
