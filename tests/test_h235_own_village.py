"""A person named as someone from a village who then speaks of "his village" or "her village" speaks of that
village: the fire told of it is the village's; anyone's own village elsewhere in the sentence stays unknown."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 6, 10)


def _events(text, gazetteer):
    return [(e["place_name"], e["layer"]) for e in extract_text(text, DAY, gazetteer, source="test")]


def test_man_from_village_tells_his_village_was_shelled(gazetteer):
    assert _events("A man from Berd said that his village had been shelled overnight.",
                   gazetteer) == [("Berd", "shelling")]


def test_woman_from_village_tells_reporters_of_fire(gazetteer):
    assert _events("A woman from Berd told journalists that her village had come under fire for an hour.",
                   gazetteer) == [("Berd", "shelling")]


def test_a_quiet_village_is_no_fire(gazetteer):
    assert ("Berd", "shelling") not in _events("A man from Berd said that his village had been quiet all week.",
                                               gazetteer)


def test_fire_denied_is_no_fire(gazetteer):
    assert ("Berd", "shelling") not in _events("A man from Berd said that his village had not been shelled.",
                                               gazetteer)


def test_a_man_not_from_the_place_does_not_give_it_the_fire(gazetteer):
    assert ("Berd", "shelling") not in _events("Berd is calm, a man said, but his village was shelled.", gazetteer)


def test_a_school_reopened_is_no_fire(gazetteer):
    assert ("Berd", "shelling") not in _events(
        "A woman from Berd said that her village school had reopened in the spring.", gazetteer)
