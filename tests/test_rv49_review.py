"""Sentences worded unlike the sets the newest rules came from: where those rules must fire, and the near sentences
where they must not (a real event, a claim, a date that must stay)."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 5, 15)


def _rows(text, gazetteer, day=DAY):
    return extract_text(text, day, gazetteer, source="test")


def _layers(text, gazetteer, day=DAY):
    return {e["place"]: e["layer"] for e in _rows(text, gazetteer, day)}


def _places(text, gazetteer, day=DAY):
    return {e["place"] for e in _rows(text, gazetteer, day)}


# a mine people work in is no landmine

def test_members_working_at_the_mine_is_no_shelling(gazetteer):
    assert _layers("Several members work at the mine at Zod.", gazetteer).get("Zod") != "shelling"


def test_a_husband_who_worked_in_the_mine_is_no_shelling(gazetteer):
    assert _layers("Her husband worked in the mine at Kashen for twenty years.", gazetteer).get("Kashen") != "shelling"


def test_jobs_at_the_mine_is_no_shelling(gazetteer):
    assert _layers("Many villagers have jobs at the mine in Kajaran.", gazetteer).get("Kajaran") != "shelling"


def test_a_landmine_that_a_mine_worker_stepped_on_stays(gazetteer):
    assert "Zod" in _places("A man who worked at the mine stepped on a landmine near Zod on Monday.", gazetteer)


def test_a_miner_on_a_mine_stays(gazetteer):
    assert "Zod" in _places("A miner stepped on a mine near Zod on Monday.", gazetteer)
