"""An area written by what it used to be after a place ("the school in X, in what used to be the Y district")
only says where the place lies, as "in the Y district" does; the area named as the scene stays."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 5, 15)


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_a_former_district_after_a_village(gazetteer):
    assert _places("Forty families moved back to Zabukh, in what used to be the Lachin district, on Monday.",
                   gazetteer) == {"Zabukh"}


def test_a_district_that_was_once_another(gazetteer):
    assert _places("A new bridge was opened at Zar, in what was once the Kalbajar district, on Friday.",
                   gazetteer) == {"Zar"}


# near sentences where the area stays

def test_the_former_district_shelled(gazetteer):
    assert _places("Shells fell on what used to be the Lachin district.", gazetteer)


def test_the_former_district_after_a_clause(gazetteer):
    found = _places("The clinic in Zabukh reopened on Monday, and what used to be the Lachin district was shelled.",
                    gazetteer)
    assert len(found) == 2


def test_a_former_name_of_a_town_alone(gazetteer):
    assert _places("Families returned to what used to be the town of Lachin on Monday.", gazetteer)
