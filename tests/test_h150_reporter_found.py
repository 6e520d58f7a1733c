"""What a reporter found on the spot is the reporter's own account, as what a reporter saw is, and a reporter named
between commas ("a British reporter, Jane Roe, found") is that person."""

import datetime as dt

from geo.extract import extract_text


def _claims(gazetteer, text):
    return {e["place_name"]: e["claimed_by"] for e in extract_text(text, dt.date(1993, 9, 9), gazetteer, source="test")}


def test_a_reporter_named_between_commas_who_found_a_scene(gazetteer):
    found = _claims(gazetteer, "Last week an Irish reporter, Mary Doyle, found buses of refugees stopped at a police "
                               "checkpoint outside Goris.")
    assert found.get("Goris") == "Mary Doyle", found


def test_a_reporter_named_between_commas_who_saw_a_scene(gazetteer):
    found = _claims(gazetteer, "An Irish reporter, Mary Doyle, saw shells land in Tartar on Monday.")
    assert found.get("Tartar") == "Mary Doyle", found


def test_what_someone_else_found_is_no_reporter_s_account(gazetteer):
    found = _claims(gazetteer, "Police found the car of an Irish reporter, Mary Doyle, outside Goris.")
    assert found.get("Goris") != "Mary Doyle", found
