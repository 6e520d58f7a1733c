"""A reservoir or plant put back "into service" is the place of the news: "service" there is no office whose
remit the place names."""

import datetime as dt

from geo.extract import extract_text


def test_a_site_returned_to_service_is_kept(gazetteer):
    text = "Engineers celebrated the return to service of the Sarsang reservoir after a year of repairs."
    assert "Sarsang Reservoir" in {c["place_name"] for c in extract_text(text, dt.date(2024, 5, 1), gazetteer)}


def test_the_remit_of_a_service_is_still_no_event(gazetteer):
    text = "The Restoration Service for Khojaly said it had hired forty engineers."
    assert "Khojaly" not in {c["place_name"] for c in extract_text(text, dt.date(2024, 5, 1), gazetteer)}
