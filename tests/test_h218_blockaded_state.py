"""A town told as being blockaded, with no one doing it ("X is still completely blockaded", "has remained
blockaded"), is the state "under blockade" names: its links are cut (corridors); troops who blockaded a town, or a
town blockaded by them, stay a blocking point (checkpoints)."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer):
    return {p: e for e in extract_text(text, datetime.date(2023, 5, 2), gazetteer)
            for p in e["place"].split(";")}


def test_a_town_still_blockaded_is_cut_off(gazetteer):
    e = _places("Berd is still completely blockaded, the mayor said.", gazetteer)["Berd"]
    assert e["layer"] == "corridors"
    assert e["claimed_by"] == "local officials"


def test_a_town_blockaded_by_troops_stays_a_blocking_point(gazetteer):
    assert _places("Berd was blockaded by troops on Monday, the mayor said.", gazetteer)["Berd"]["layer"] \
        == "checkpoints"


def test_troops_who_blockaded_a_town_stay_a_blocking_point(gazetteer):
    e = _places("On Tuesday soldiers blockaded Voskepar and seized three villages.", gazetteer)["Voskepar"]
    assert e["layer"] == "checkpoints"
