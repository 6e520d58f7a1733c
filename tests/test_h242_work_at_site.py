"""A mine, a quarry or a plant named by its place, where people work ("most of its people work for a firm and some
at the X mine", "the men of the village work at the X mine") is a livelihood: no event at the site. Harm told at the
site, a minefield, or work there on a day told keep the event."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2022-02-01"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_some_work_at_the_mine(gazetteer):
    got = _places("The head of the village said most of its people worked for a construction firm and some at the "
                  "Kashen mine.", gazetteer)
    assert got == {}


def test_the_men_work_at_the_mine(gazetteer):
    got = _places("Most men of the village work at the Kashen mine, the mayor said.", gazetteer)
    assert got == {}


# --- near sentences where the rule must not fire ---

def test_the_mine_struck_is_an_event(gazetteer):
    got = _places("Most men of the village work at the Kashen mine, which drones struck on Monday.", gazetteer)
    assert got.get("Kashen") == "shelling"


def test_shells_on_the_mine_are_an_event(gazetteer):
    got = _places("Shells hit the Kashen mine where most men of the village work, the mayor said.", gazetteer)
    assert got.get("Kashen") == "shelling"


def test_work_there_on_a_day_told_is_kept(gazetteer):
    got = _places("Miners worked at the Kashen mine on Sunday to clear the flooded shaft.", gazetteer)
    assert "Kashen" in got


def test_work_suspended_at_the_mine_is_kept(gazetteer):
    got = _places("Work at the Kashen mine was suspended and the staff evacuated on Friday.", gazetteer)
    assert "Kashen" in got
