"""A move or a settling only wanted, and a group or a thing someone hopes to take or bring to a town, is a wish:
nothing has happened at the town ("one family wanted to move to X", "we hope to take the choir to Y"); the move
made, or the group taken, is still told there."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer):
    return {p: e for e in extract_text(text, datetime.date(2023, 5, 2), gazetteer)
            for p in e["place"].split(";")}


def test_a_move_only_wanted_is_no_event(gazetteer):
    assert "Goris" not in _places("Two families wanted to move to Goris, the mayor said.", gazetteer)


def test_a_move_made_is_told(gazetteer):
    e = _places("The families moved to Goris last week, the mayor said.", gazetteer)
    assert e["Goris"]["layer"] == "other"
    assert e["Goris"]["claimed_by"] == "local officials"


def test_a_group_hoped_to_be_taken_is_no_event(gazetteer):
    assert _places("We hope to take the choir to Vanadzor in the spring.", gazetteer) == {}
    assert _places("She would like to settle in Berd one day.", gazetteer) == {}


def test_a_group_taken_is_told(gazetteer):
    e = _places("The school took the choir to Vanadzor on Sunday.", gazetteer)
    assert e["Vanadzor"]["start_date"] == "2023-04-30"
