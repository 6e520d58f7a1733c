"""Reports named by where they came from are that side's reports: "reports from Baku" and "reports from Armenia"
alike, and a medium's ("radio reports from Yerevan") keep the medium. "Radio reports" is then the noun, not a
radio that reports."""

import datetime as dt

from geo.extract import extract_text


def _claims(gazetteer, text):
    return {e["place_name"]: e["claimed_by"] for e in extract_text(text, dt.date(1993, 8, 30), gazetteer, source="test")}


def test_radio_reports_from_a_country_are_its_radio_reports(gazetteer):
    found = _claims(gazetteer, "Radio reports from Armenia said that bombers had struck Goris on Friday night.")
    assert found.get("Goris") == "Armenian radio reports", found


def test_radio_reports_from_a_capital_are_its_side_s_radio_reports(gazetteer):
    found = _claims(gazetteer, "Television reports from Baku said that shells had landed in Tartar overnight.")
    assert found.get("Tartar") == "Azerbaijani television reports", found


def test_reports_from_a_country_are_its_reports(gazetteer):
    found = _claims(gazetteer, "Reports from Armenia said that bombers had struck Goris on Friday night.")
    assert found.get("Goris") == "Armenian reports", found


def test_a_named_radio_stays_the_radio(gazetteer):
    found = _claims(gazetteer, "Armenian radio said that bombers had struck Goris on Friday night.")
    assert found.get("Goris") == "Armenian radio", found


def test_reports_rejected_by_another_side_stay_as_before(gazetteer):
    found = _claims(gazetteer, "Yerevan rejected reports from Baku that shells had landed in Tartar.")
    assert found.get("Tartar") == "Azerbaijani government", found
