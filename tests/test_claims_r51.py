"""A body's line, account or version of events passed on ("the Russian defence ministry's line that ..."), and
parishioners quoted by a church's news page (r51)."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 8, 4)


def _claims(text):
    return {c["place_name"]: c["claimed_by"] for c in extract_text(text, DAY)}


def test_a_ministrys_line_that_is_its_claim():
    found = _claims("The agencies repeat the Russian defence ministry's line that shots were fired near Goris.")
    assert found["Goris"] == "Russian MoD"


def test_a_ministrys_account_that_is_its_claim():
    found = _claims("Most papers print the Azerbaijani defence ministry's account that its posts near Lachin were shelled.")
    assert found["Lachin"] == "Azerbaijani MoD"


def test_a_front_line_is_no_claim():
    found = _claims("Azerbaijan's front line that runs past Goris was quiet.")
    assert found.get("Goris", "") == ""


def test_parishioners_told_us():
    found = _claims("Police detained two men in Ijevan on Sunday, the parishioners told our office.")
    assert found["Ijevan"] == "parishioners"
