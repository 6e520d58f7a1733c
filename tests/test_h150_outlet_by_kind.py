"""An outlet named again by its kind, "the news site" or "the state news agency", is the outlet heard before, as
"the site" and "the paper" are."""

import datetime as dt

from geo.extract import extract_text


def _claims(gazetteer, text):
    return [(e["place_name"], e["claimed_by"])
            for e in extract_text(text, dt.date(2024, 5, 2), gazetteer, source="test")]


def test_the_news_site_is_the_site_named_before(gazetteer):
    found = _claims(gazetteer, "Twenty families settled in the rebuilt town of Lachin on Tuesday, Caspian News "
                               "reported.\nThe news site recalled that Armenian forces had occupied Shusha in May 1992.")
    assert ("Shusha", "Caspian News") in found, found


def test_the_state_news_agency_is_the_agency_named_before(gazetteer):
    found = _claims(gazetteer, "Eighty people returned to Talish this spring, according to APA.\n"
                               "The state news agency added that the school of Sugovushan had been rebuilt.")
    assert found[-1][1] == found[0][1] != "", found


def test_a_news_agency_never_named_before_stays_unnamed(gazetteer):
    found = _claims(gazetteer, "The state news agency added that the school of Sugovushan had been rebuilt.")
    assert all(c in ("", "state news agency", "media") for _, c in found), found
