"""An outlet passing on a body's document named after it by "from" or "of" ("X carried the same statement from the
agency", "Trend ran the full statement of the ministry"): the body is the innermost source, as with "carried the
ministry's statement"."""

import datetime

from geo.extract import extract_text


def _claimants(text, gazetteer, place, published="2022-03-14"):
    events = extract_text(text, datetime.date.fromisoformat(published), gazetteer)
    return [e["claimed_by"] for e in events if e["place"] == place]


def test_same_statement_from_the_agency_named_before(gazetteer):
    text = ("The State Agency of Azerbaijan Automobile Roads said on Friday that work had begun on a road to "
            "Fuzuli. Report, which calls it the Horadiz–Fuzuli road, carried the same statement from the agency.")
    assert all("State Agency of Azerbaijan Automobile Roads" in c for c in _claimants(text, gazetteer, "Horadiz"))


def test_full_statement_of_the_ministry(gazetteer):
    text = "Trend, which says two houses burned in Tartar, carried the full statement of the defence ministry."
    assert _claimants(text, gazetteer, "Tartar") == ["Azerbaijani MoD"]


def test_report_from_a_town_is_no_body(gazetteer):
    # a report sent from a place: the outlet's own
    text = "Trend, which says two houses burned in Tartar, carried a report from Goris."
    assert _claimants(text, gazetteer, "Tartar") == ["Azerbaijani media"]


def test_statement_with_no_owner_named_stays_the_outlet(gazetteer):
    text = "Trend, which says two houses burned in Tartar, carried a statement."
    assert _claimants(text, gazetteer, "Tartar") == ["Azerbaijani media"]


def test_owner_in_the_middle_of_the_clause_is_not_read(gazetteer):
    # "from the agency" does not close the clause: what follows is the outlet's
    text = "Armenpress carried a statement from the agency about repairs, and a school opened in Sisian."
    assert "agency" not in " ".join(_claimants(text, gazetteer, "Sisian")).lower()
