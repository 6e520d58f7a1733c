"""Places: Sitalchay, a village of Azerbaijan's Khizi District (row sourced from its Azerbaijani Wikipedia page), is
read where fire fell near it; a word that only looks like it is not."""

import datetime

from geo.extract import extract_text


def _found(text):
    return {e["place"]: e["coordinates"] for e in extract_text(text, datetime.date(2020, 10, 20))}


def test_sitalchay_is_read_at_its_sourced_point():
    found = _found("Debris of two rockets fell close to Sitalchay on Sunday, prosecutors said.")
    [[lon, lat]] = found["Sitalchay"]
    assert abs(lat - 40.784) < 0.01 and abs(lon - 49.401) < 0.01


def test_a_river_word_alone_is_no_place():
    # negative: "chay" (river) alone names nothing
    assert "Sitalchay" not in _found("Debris of two rockets fell close to the chay on Sunday, prosecutors said.")
