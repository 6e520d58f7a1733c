"""A body's document opening the sentence, set off before an outlet's "quoted by" or "cited by" ("A bulletin of the
contingent, quoted by X, put ..."), is the body's claim, the outlet only relaying it; a document of no body keeps
the outlet."""

import datetime

from geo.extract import extract_text


def _claims(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, datetime.date(2023, 11, 2), gazetteer)}


def test_a_bulletin_of_the_contingent_quoted_by_an_outlet(gazetteer):
    text = ("A later bulletin of the Russian peacekeeping contingent, quoted by TASS, listed the posts withdrawn "
            "near Khojaly.")
    assert _claims(text, gazetteer)["Khojaly"] == "Russian peacekeepers"


def test_a_statement_of_the_ministry_cited_by_an_outlet(gazetteer):
    text = ("The statement of the Azerbaijani defence ministry, cited by Interfax, put the new posts near "
            "Lachin.")
    assert _claims(text, gazetteer)["Lachin"] == "Azerbaijani MoD"


def test_a_document_of_no_body_keeps_the_outlet(gazetteer):
    text = "A video of the convoy, cited by Reuters, showed lorries passing through Lachin."
    assert _claims(text, gazetteer)["Lachin"] == "Reuters"
