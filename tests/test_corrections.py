"""Inspecting and correcting where a name was placed (geo.corrections and the Add report page)."""

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest

from geo.corrections import choice_label, correction_row, place_choices, save_correction
from geo.errors import DataError, GeoError
from geo.gazetteer import load_gazetteer

PROJECT = Path(__file__).resolve().parent.parent


def test_candidates_are_ranked_with_scores_and_say_when_they_lie_abroad(gazetteer):
    choices = place_choices("Hakari", gazetteer)
    assert [c["score"] for c in choices] == sorted((c["score"] for c in choices), reverse=True)
    hakkari = next(c for c in choices if c["country"] == "TR")
    assert hakkari["outside_region"] and "outside the region" in choice_label(hakkari)
    assert any(not c["outside_region"] for c in choices)
    exact = place_choices("Vardenis", gazetteer)
    assert exact[0]["how"] == "exact" and exact[0]["score"] == 100 and not exact[0]["outside_region"]


def test_a_correction_needs_its_source():
    with pytest.raises(GeoError, match="source"):
        correction_row("Hakari", 39.55, 46.55, "AZ", "site", "  ")


def _supplement(tmp_path):
    path = tmp_path / "gazetteer.csv"
    shutil.copy(PROJECT / "data" / "gazetteer.csv", path)
    return path


def _rows(path):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_typed_coordinates_are_saved_with_their_source_and_other_lines_kept(tmp_path):
    path = _supplement(tmp_path)
    before = path.read_text(encoding="utf-8")
    row = correction_row("Shurnukh Pass", 39.43, 46.40, "am", "site", "a reviewer's reading of the article's map")
    place = save_correction(row, path)
    assert (place.name, place.country, place.precision, place.source) == ("Shurnukh Pass", "AM", "site", "curated")
    after = path.read_text(encoding="utf-8")
    assert after.startswith(before) and after.count("\n") == before.count("\n") + 1
    assert _rows(path)[-1]["source"] == "a reviewer's reading of the article's map"


@pytest.mark.parametrize("lat, precision, field", [(123.0, "site", "lat"), (39.4, "village", "precision")])
def test_a_bad_correction_names_its_field_and_writes_nothing(tmp_path, lat, precision, field):
    path = _supplement(tmp_path)
    before = path.read_bytes()
    with pytest.raises(DataError) as caught:
        save_correction(correction_row("Nowhere Pass", lat, 46.4, "AM", precision, "my map"), path)
    assert caught.value.field == field
    assert path.read_bytes() == before


def test_a_correction_of_a_curated_name_replaces_its_row(tmp_path):
    path = _supplement(tmp_path)
    count = len(_rows(path))
    save_correction(correction_row("Hadrut", 39.52, 47.03, "AZ", "town", "a survey map"), path)
    rows = _rows(path)
    assert len(rows) == count
    [hadrut] = [r for r in rows if r["name"] == "Hadrut"]
    assert (hadrut["lat"], hadrut["source"]) == ("39.52", "a survey map")


def test_a_picked_place_makes_the_written_name_resolve_there(tmp_path, gazetteer):
    path = _supplement(tmp_path)
    [tegh] = [c for c in place_choices("Tegh", gazetteer) if c["name"] == "Tegh"][:1]
    save_correction(correction_row("Teghh village", 0, 0, "", "", "the article's caption", tegh), path)
    rebuilt = load_gazetteer(path, cache_dir=tmp_path / "cache", progress=lambda msg: None)
    match = rebuilt.resolve("Teghh village")
    assert (match.place.name, match.place.source, match.how) == ("Tegh", "curated", "exact")


# -- the page -------------------------------------------------------------------------------------

def _page_on(tmp_path, monkeypatch, article):
    """The Add report page on a copy of the data, with ``article`` extracted."""
    from streamlit.testing.v1 import AppTest
    events = tmp_path / "events.csv"
    shutil.copy(PROJECT / "data" / "events.csv", events)
    monkeypatch.setenv("CORRIDOR_MAP_EVENTS", str(events))
    monkeypatch.setenv("CORRIDOR_MAP_LAYERS", str(tmp_path / "layers"))
    monkeypatch.setenv("CORRIDOR_MAP_GAZETTEER", str(_supplement(tmp_path)))
    at = AppTest.from_file("../pages/2_Add_report.py", default_timeout=180)
    at.run()
    assert not at.exception
    at.text_area[0].input(article)
    at.date_input[0].set_value(dt.date(2022, 8, 31))
    at.text_input[0].input("Caucasus Wire")
    at.button[0].click()
    at.run()
    assert not at.exception
    return at


@pytest.fixture
def page(tmp_path, monkeypatch):
    return _page_on(tmp_path, monkeypatch,
                    "Azerbaijani drones struck Martakert on Tuesday, the Armenian Defence Ministry said.")


def test_page_shows_the_ranked_candidates_and_saves_typed_coordinates(page, tmp_path):
    [candidates] = [d.value for d in page.dataframe if "candidate" in d.value.columns]
    assert candidates.iloc[0]["candidate"].startswith("Martakert") and candidates.iloc[0]["score"] == 100
    page.selectbox(key="fix-choice-Martakert").select("type coordinates…")
    page.run()
    page.number_input(key="fix-lat").set_value(40.2)
    page.number_input(key="fix-lon").set_value(46.8)
    page.text_input(key="fix-source").input("the ministry's map of the strike")
    page.button(key="fix-save").click()
    page.run()
    assert not page.exception and page.success
    [row] = [r for r in _rows(tmp_path / "gazetteer.csv") if r["name"] == "Martakert"]
    assert (row["lat"], row["lon"], row["source"]) == ("40.2", "46.8", "the ministry's map of the strike")


def test_page_refuses_a_correction_without_source(page, tmp_path):
    before = (tmp_path / "gazetteer.csv").read_bytes()
    page.button(key="fix-save").click()
    page.run()
    assert not page.exception and any("source" in e.value for e in page.error)
    assert (tmp_path / "gazetteer.csv").read_bytes() == before


def test_a_village_the_extractor_could_only_put_at_its_district_starts_with_typed_coordinates(tmp_path, monkeypatch):
    """Its close spellings in the gazetteer are other places: the reviewer types where it is, starting from the
    district's point; once recorded, its row saves."""
    at = _page_on(tmp_path, monkeypatch, "Shells hit the village of Tazakhut in the Barda district on Monday, "
                                        "the Azerbaijani Defence Ministry said.")
    [row] = [r for r in at.session_state["rows"] if r["place"] == "Tazakhut"]
    assert not row["accept"] and "does not know Tazakhut" in row["problem"]
    at.selectbox(key="fix-name").select("Tazakhut")
    at.run()
    assert at.selectbox(key="fix-choice-Tazakhut").value == "type coordinates…"
    assert abs(at.number_input(key="fix-lat").value - row["lat"]) < 1e-4
    at.number_input(key="fix-lat").set_value(40.4)
    at.number_input(key="fix-lon").set_value(47.1)
    at.text_input(key="fix-source").input("the ministry's map")
    at.button(key="fix-save").click()
    at.run()
    assert not at.exception and at.success
    [saved] = [r for r in _rows(tmp_path / "gazetteer.csv") if r["name"] == "Tazakhut"]
    assert (saved["lat"], saved["lon"]) == ("40.4", "47.1")
