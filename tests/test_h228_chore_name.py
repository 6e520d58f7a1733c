"""A first name opening a sentence as the one who did a chore of the garden, farm or house ("X wrapped the young trees
in sacking") is a person, not the village of that name; a village fired on, told of by another verb or named as where
the work was done stays a place."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 11, 3)


def _places(text, gazetteer):
    return [e["place"] for e in extract_text(text, DAY, gazetteer, source="test")]


def test_first_name_pruning_is_a_person(gazetteer):
    assert "Narek" not in _places("Narek pruned the old vines on the lower terrace before the rain came.", gazetteer)


def test_first_name_after_a_stop_is_a_person(gazetteer):
    assert "Narek" not in _places("The frost came early. Narek also wrapped the two young apricot trees in sacking.",
                                  gazetteer)


def test_village_shelled_stays(gazetteer):
    assert "Narek" in _places("Azerbaijani troops shelled the village of Narek overnight.", gazetteer)


def test_village_as_subject_of_no_chore_stays(gazetteer):
    assert "Narek" in _places("Narek lost power again after the shelling, the village head said.", gazetteer)


def test_work_done_in_the_village_stays(gazetteer):
    assert "Sotk" in _places("Volunteers wrapped the damaged roofs of Sotk in plastic sheeting after the shelling.",
                             gazetteer)
