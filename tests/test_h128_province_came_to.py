"""Rule read from heldout128 (and heldout27's "ministers came to Tavush"): an official who "came to" a province made
the visit there, as one who visited it or arrived in it did; a province only talked about stays a mention."""

import datetime as dt

from geo.extract import extract_text


def _rows(text, published="2021-04-24"):
    return [(e["place"], e["layer"], e["start_date"]) for e in extract_text(text, dt.date.fromisoformat(published))]


def test_official_came_to_a_province():
    assert _rows("Tuesday was the day the foreign minister came to Tavush.\n") == [("Tavush", "other", "2021-04-20")]


def test_officials_came_to_the_province_by_its_noun():
    assert [r[:2] for r in _rows("Last spring two deputy ministers came to the Syunik province.\n")] \
        == [("Syunik", "other")]


def test_province_only_talked_about_is_no_visit():
    assert _rows("On Tuesday the foreign minister came to talk about Tavush.\n") == []
