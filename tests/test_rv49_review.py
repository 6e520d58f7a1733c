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


# a day or a time said before the speaker is no part of the speaker's name

def _claimant(text, gazetteer, place):
    return next(e["claimed_by"] for e in _rows(text, gazetteer) if e["place"] == place)


def test_tonight_before_the_speaker(gazetteer):
    assert _claimant("Tonight Gurgen Sahakyan said Martuni had been shelled.", gazetteer, "Martuni") == "Gurgen Sahakyan"


def test_overnight_before_the_speaker(gazetteer):
    assert _claimant("Overnight Gurgen Sahakyan said Martuni had been shelled.", gazetteer,
                     "Martuni") == "Gurgen Sahakyan"


def test_this_afternoon_before_the_speaker(gazetteer):
    assert _claimant("This afternoon Gurgen Sahakyan said Martuni had been shelled.", gazetteer,
                     "Martuni") == "Gurgen Sahakyan"


def test_days_later_before_the_speaker(gazetteer):
    assert _claimant("Days later Gurgen Sahakyan said Martuni had been shelled.", gazetteer,
                     "Martuni") == "Gurgen Sahakyan"


def test_yesterday_before_the_speaker(gazetteer):
    assert _claimant("Yesterday Gurgen Sahakyan said Martuni had been shelled.", gazetteer,
                     "Martuni") == "Gurgen Sahakyan"


def test_a_body_after_the_time_keeps_its_name(gazetteer):
    assert _claimant("Tonight the Armenian defence ministry said Martuni had been shelled.", gazetteer,
                     "Martuni") == "Armenian MoD"
