"""A village named at the head of its sentence as the subject of fire told with an adverb placing it earlier ("X had
already come under artillery fire", "X had previously been shelled", "X has twice come under mortar fire") is the
place of that fire, as it is with "again" or "also" there. The same subject with no fire after it (control, an
evacuation, a message) stays no event."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 9, 1)   # a Wednesday


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def _at(text, place, gazetteer):
    return [e for e in _events(text, gazetteer) if e["place"] == place]


def test_already_come_under_fire(gazetteer):
    events = _at("Khnatsakh had already come under artillery fire on Friday.", "Khnatsakh", gazetteer)
    assert events and events[0]["layer"] == "shelling"
    assert events[0]["start_date"] == "2021-08-27"


def test_already_after_an_opening_aside(gazetteer):
    text = ("The Armenian Weekly reported that Azerbaijani forces fired on the village of Artsvanik yesterday.\n"
            "By the same paper's account, Davit Bek had already come under mortar fire on Monday.")
    events = _at(text, "Davit Bek", gazetteer)
    assert events and events[0]["layer"] == "shelling"
    assert events[0]["start_date"] == "2021-08-30"
    assert events[0]["claimed_by"] == "Armenian Weekly"


def test_previously_shelled(gazetteer):
    events = _at("Khnatsakh had previously been shelled, the village head said.", "Khnatsakh", gazetteer)
    assert events and events[0]["layer"] == "shelling"


def test_twice_come_under_fire(gazetteer):
    events = _at("Khnatsakh has twice come under mortar fire this week.", "Khnatsakh", gazetteer)
    assert events and events[0]["layer"] == "shelling"


# near sentences: no fire told after the adverb

def test_already_under_control_is_no_fire(gazetteer):
    assert not _at("Khnatsakh had already come under Azerbaijani control.", "Khnatsakh", gazetteer)


def test_already_evacuated_is_no_fire(gazetteer):
    assert not _at("Khnatsakh had already been evacuated.", "Khnatsakh", gazetteer)


def test_already_told_is_no_event(gazetteer):
    assert not _at("Davit Bek had already been told about the plan.", "Davit Bek", gazetteer)
