"""Rule written from heldout127: a place outside the curfew.

"X is not under the curfew", "A and B are not covered by martial law": the rule does not reach the places (but "X is
now under the curfew" and "the curfew in X" are news there).
"""

import datetime as dt

from geo.extract import extract_text

PUBLISHED = dt.date(2020, 10, 20)


def _names(text, published=PUBLISHED):
    return {name for e in extract_text(text, published) for name in e["place_name"].split(";")}


def _layer(text, name, published=PUBLISHED):
    return [e["layer"] for e in extract_text(text, published) if name in e["place_name"].split(";")]


# --- a place outside the curfew ---

def test_town_not_under_curfew_is_no_checkpoint():
    assert "Samukh" not in _names("Samukh is not under the curfew, so the market will stay open until ten.")


def test_towns_listed_not_covered_by_martial_law():
    text = "Samukh and Shamkir are not covered by martial law, the interior ministry said."
    assert not {"Samukh", "Shamkir"} & _names(text)


def test_town_now_under_curfew_is_still_a_checkpoint():
    assert _layer("Samukh is now under the curfew, so the market will shut at eight.", "Samukh") == ["checkpoints"]


def test_curfew_in_town_is_still_a_checkpoint():
    assert _layer("Because of the curfew in Samukh, the market will shut at eight.", "Samukh") == ["checkpoints"]
