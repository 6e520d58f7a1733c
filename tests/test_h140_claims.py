"""Rules read from heldout140 on claimants: "by the same ministry's account" is the ministry named before, as
"according to the same ministry" is, also when it opens a paragraph of its own."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2025, 7, 5)
FIRST = "The defence ministry in Baku said that on 19 September shells hit the village of Sarijali.\n"


def _claimants(text, place, published=DAY):
    return [e["claimed_by"] for e in extract_text(text + "\n", published) if place in e["place_name"].split(";")]


def test_by_the_same_ministrys_account_is_the_ministry_named_before():
    assert _claimants(FIRST + "By the same ministry's account, a house burned in Tartar after the fire.", "Tartar") \
        == ["Azerbaijani MoD"]


def test_in_the_same_ministrys_version_is_the_ministry_named_before():
    assert _claimants(FIRST + "In the same ministry's version, a house burned in Tartar after the fire.", "Tartar") \
        == ["Azerbaijani MoD"]


def test_by_the_same_villages_account_names_no_claimant():
    # (a village tells nothing: no claimant is read from it)
    assert _claimants(FIRST + "By the same village's account, a house burned in Tartar after the fire.", "Tartar") \
        == [""]
