"""A timetable's line of one clock-time slot, the name then a comma and the booking's note ("16:00 Narek,
beginner.", "Tuesday 4.45 Arpi, exam piece.") holds a pupil, no town, as a line of two slots does. A chronology's
line telling what happened at the time ("16:00 Goris, shelling resumed.") keeps its town."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2022-12-21"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_one_slot_with_a_level(gazetteer):
    assert _places("15:30 Narek, intermediate.", gazetteer) == {}


def test_one_slot_after_a_day_with_a_note(gazetteer):
    assert _places("Thursday 5.15 Narek, first lesson.", gazetteer) == {}


def test_one_slot_with_two_note_words(gazetteer):
    assert _places("18:00 Narek, theory only", gazetteer) == {}


# --- near sentences where the rule must not fire ---

def test_chronology_line_with_shelling_stays(gazetteer):
    assert _places("16:00 Goris, shelling resumed.", gazetteer).get("Goris") == "shelling"


def test_chronology_line_with_troops_entering_stays(gazetteer):
    assert "Askeran" in _places("09:30 Askeran, troops entered.", gazetteer)


def test_time_in_a_sentence_keeps_the_town(gazetteer):
    assert _places("At 16:00 Goris was shelled.", gazetteer).get("Goris") == "shelling"


def test_one_word_fire_note_stays(gazetteer):
    assert _places("16:00 Martuni, shelling.", gazetteer).get("Martuni") == "shelling"
