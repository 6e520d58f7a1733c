"""A folder of articles to one review queue: publication dates, parallel extraction, merged repeats."""

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from geo.__main__ import main
from geo.ingest import ingest, merge, read_one

FOLDER = Path(__file__).parent / "data" / "ingest"


@pytest.fixture
def folder(tmp_path):
    copy = tmp_path / "articles"
    shutil.copytree(FOLDER, copy)
    return copy


def by_place(queue):
    return {(c["place_name"], c["start_date"], c["claimed_by"]): c for c in queue["candidates"]}


def test_the_same_event_in_three_articles_and_other_words_is_one_candidate(folder, gazetteer):
    _, queue = ingest(folder, "meta", processes=2, progress=None)
    tartar = by_place(queue)[("Tartar", "2020-10-04", "Azerbaijani MoD")]
    # (the Armenpress item's "Armenian forces shelled Tartar the same day" is 4 October too)
    assert sorted(Path(s["file"]).name for s in tartar["sources"]) == \
        ["2020-10-05_apa.txt", "2020-10-08_armenpress.txt", "terter-wire.eml", "trend-story.html"]
    assert {s["place"] for s in tartar["sources"]} == {"Tartar", "Terter"}      # two spellings, one place
    assert tartar["source"] == "2020-10-05_apa.txt; 2020-10-08_armenpress.txt; Terter under fire; trend-story.html"
    assert queue["candidates"][0] is tartar                                    # the best supported first
    assert [c["confidence"] for c in queue["candidates"]] == \
        sorted((c["confidence"] for c in queue["candidates"]), reverse=True)


def test_each_sides_claim_stays_its_own_candidate(folder, gazetteer):
    (folder / "2020-10-09_news.txt").write_text(
        "Armenia's defence ministry said Azerbaijani forces shelled Tartar on 4 October, which Baku denied.\n",
        encoding="utf-8")
    _, queue = ingest(folder, "meta", processes=2, progress=None)
    claims = {c["claimed_by"] for c in queue["candidates"]
              if c["place_name"] == "Tartar" and c["start_date"] == "2020-10-04"}
    assert claims == {"Azerbaijani MoD", "Armenian MoD"}


def test_publication_dates_from_metadata_file_name_or_given(folder):
    assert read_one(folder / "trend-story.html", "meta")[1] == dt.date(2020, 10, 6)      # article:published_time
    assert read_one(folder / "terter-wire.eml", "meta")[1] == dt.date(2020, 10, 7)       # the Date header
    text, published, title = read_one(folder / "terter-wire.eml", "meta")
    assert title == "Terter under fire" and "heavy shelling on October 4" in text
    assert read_one(folder / "2020-10-05_apa.txt", "meta")[1] == dt.date(2020, 10, 5)    # no metadata: file name
    assert read_one(folder / "2020-10-05_apa.txt", "filename")[1] == dt.date(2020, 10, 5)
    assert read_one(folder / "trend-story.html", dt.date(2021, 1, 2))[1] == dt.date(2021, 1, 2)


def test_articles_without_a_date_are_listed_with_the_reason(folder):
    _, queue = ingest(folder, "filename", processes=1, progress=None)
    unread = {Path(u["file"]).name: u["reason"] for u in queue["unread"]}
    assert unread == {"notes-undated.txt": "no publication date in its file name",
                      "terter-wire.eml": "no publication date in its file name",
                      "trend-story.html": "no publication date in its file name"}


def test_one_worker_or_two_give_the_same_queue(folder):
    _, one = ingest(folder, "meta", processes=1, progress=None)
    _, two = ingest(folder, "meta", processes=2, progress=None)
    assert one["candidates"] == two["candidates"]


def test_merge_ignores_the_order_results_arrive_in(folder):
    from geo.ingest import _init_worker, extract_one
    _init_worker()
    results = [extract_one((str(p), "meta")) for p in sorted(folder.iterdir())]
    assert merge(results) == merge(list(reversed(results)))


def test_cli_writes_the_queue_and_a_progress_bar(folder, capsys):
    assert main(["ingest", str(folder), "--published-from", "meta", "--jobs", "2"]) == 0
    captured = capsys.readouterr()
    queue_path = Path(captured.out.strip())
    assert queue_path == folder / "review-queue.json"
    queue = json.loads(queue_path.read_text(encoding="utf-8"))
    assert queue["articles"] == 5 and len(queue["unread"]) == 1
    assert "ingest [" in captured.err and "5/5 articles" in captured.err
    assert "notes-undated.txt: no publication date" in captured.err


def test_a_bad_published_from_is_bad_input(folder, capsys):
    assert main(["ingest", str(folder), "--published-from", "yesterday"]) == 1
    assert "--published-from: expected meta, filename or a date YYYY-MM-DD, got 'yesterday'" in capsys.readouterr().err
