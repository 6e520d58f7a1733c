"""One state per road per day: the build refuses overlaps, and the curated record has none."""

import datetime as dt
import subprocess
import sys

import numpy as np
import pytest

from geo import timeline as tl
from geo.errors import DataError
from geo.events import read_events
from geo.layers import build_from_file
from geo.roads import Stage, first_overlap, road_key, road_of

HEADER = ("id,layer,kind,status,place,start_date,end_date,date_precision,geo_precision,claimed_by,"
          "description,source,source_url,quote\n")
OPEN = "t-open,corridors,route,open,Goris;Kornidzor;Stepanakert,2022-08-30,{end},day,town,Test ministry,Road open,Test Wire,,\n"
BLOCKED = ("t-block,corridors,blockade,blockaded,Stepanakert;Hin Shen;Kornidzor;Goris,2022-12-12,,day,town,"
           "Test observers,Road blocked,Test Wire,,\n")
OTHER_ROAD = ("t-east,corridors,route,proposed,Aghdam;Askeran;Stepanakert,2022-12-01,,day,town,"
              "Test government,Another road,Test Wire,,\n")


def write(tmp_path, *rows):
    path = tmp_path / "events.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_a_road_open_and_blockaded_on_the_same_day_is_refused(tmp_path, gazetteer):
    path = write(tmp_path, OPEN.format(end=""), BLOCKED)
    with pytest.raises(DataError) as caught:
        build_from_file(path, gazetteer)
    message = str(caught.value)
    assert "events.csv:3" in message and "2022-12-12" in message
    assert "t-open" in message and "t-block" in message and "'open'" in message and "'blockaded'" in message


def test_the_cli_build_exits_1_and_writes_nothing(tmp_path, gazetteer):
    path = write(tmp_path, OPEN.format(end=""), BLOCKED)
    out = tmp_path / "layers"
    result = subprocess.run([sys.executable, "-m", "geo", "build", "--data", str(tmp_path), "--out", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "two states on 2022-12-12" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() or not list(out.iterdir())
    assert path.exists()


def test_stages_that_hand_over_on_a_day_are_accepted(tmp_path, gazetteer):
    path = write(tmp_path, OPEN.format(end="2022-12-12"), BLOCKED, OTHER_ROAD)
    corridors = build_from_file(path, gazetteer)["corridors"]
    assert list(corridors["id"]) == ["t-open", "t-east", "t-block"]


def test_first_overlap_finds_a_clash_hidden_behind_a_short_stage():
    day = dt.date.fromisoformat
    long = Stage(2, "long", "open", day("2022-01-01"), day("2022-12-31"))
    short = Stage(3, "short", "closed", day("2022-02-01"), day("2022-02-02"))
    late = Stage(4, "late", "blockaded", day("2022-06-01"), None)
    assert first_overlap([late, short, long])[0].id == "long"
    assert first_overlap([long._replace(end=day("2022-02-01")), short, late]) is None
    assert road_key("Stepanakert", "Goris") == road_key("Goris", "Stepanakert")


def test_the_same_state_reported_twice_is_one_state_but_a_clash_behind_it_is_found():
    day = dt.date.fromisoformat
    first = Stage(2, "open-a", "open", day("2020-11-10"), None)
    again = Stage(3, "open-b", "open", day("2020-11-10"), day("2022-08-30"))     # a second source, same state
    closed = Stage(4, "closed", "closed", day("2022-08-30"), None)
    assert first_overlap([first._replace(end=day("2022-08-30")), again, closed]) is None
    clash = first_overlap([again, closed, first])       # the open stage with no end still runs into the closure
    assert (clash[0].id, clash[1].id) == ("open-a", "closed")


def test_a_road_open_in_two_reports_builds(tmp_path, gazetteer):
    twice = OPEN.format(end="2022-12-12").replace("t-open", "t-open-2", 1)
    path = write(tmp_path, OPEN.format(end="2022-12-12"), twice, BLOCKED)
    corridors = build_from_file(path, gazetteer)["corridors"]
    assert sorted(corridors["id"]) == ["t-block", "t-open", "t-open-2"]


@pytest.fixture(scope="module")
def record(gazetteer, project_dir):
    return build_from_file(project_dir / "data" / "events.csv", gazetteer)["corridors"]


def test_every_road_has_exactly_one_state_on_every_day_of_its_life(record):
    """Over every day of the record: each road (pair of end places) shows one state, no gaps."""
    keys = [road_of(label) for label in record["place_label"]]
    start, end = tl.as_days(record["start_date"]), tl.as_days(record["end_date"])
    first, last = start.min(), np.datetime64("2023-10-01")
    for key in set(keys):
        mine = np.array([k == key for k in keys])
        born = start[mine].min()
        for day in np.arange(first, last + 1):
            shown = mine & tl.active(start, end, day)
            expected = 1 if day >= born else 0
            assert shown.sum() == expected, (key, str(day), list(record["id"][shown]))


def test_the_lachin_road_tells_its_story(record):
    def status_on(day):
        shown = tl.active(tl.as_days(record["start_date"]), tl.as_days(record["end_date"]), day)
        lachin = shown & record["place_label"].str.startswith("Goris").to_numpy()
        return list(record["status"][lachin]), list(record["id"][lachin])

    old, bypass = status_on("2022-08-29")[1], status_on("2022-08-31")[1]
    assert status_on("2021-06-01")[0] == ["open"] and old != bypass
    assert status_on("2022-09-15")[0] == ["open"]
    assert status_on("2023-04-24")[0] == ["blockaded"]
    assert status_on("2023-08-01")[0] == ["closed"]


def test_the_record_is_documented(project_dir):
    events = [e for _, e in read_events(project_dir / "data" / "events.csv")]
    assert len(events) >= 150
    assert all(e["source"] and e["source_url"].startswith(("http://", "https://")) for e in events)
    assert {e["layer"] for e in events} == {"corridors", "shelling", "checkpoints", "other"}
    first = min(e["start_date"] for e in events)
    last = max(e["start_date"] for e in events)
    assert first <= "2020-09-27" and last >= "2023-09-28"
