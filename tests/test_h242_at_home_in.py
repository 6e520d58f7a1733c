"""Where a person is at home or at the family's own land ("kept at the family orchard in X and at home in Y", "I was
at home in Z all week") only places the person: no event at the town. Harm told there, soldiers entering, or people
sheltering from shelling stay."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2022-02-02"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_diary_kept_at_the_family_land_and_at_home(gazetteer):
    got = _places("Notes of Ani, beekeeper, at the family hives' garden in Sisian, and at home in Goris.", gazetteer)
    assert "Goris" not in got


def test_at_the_family_orchard_in_a_village(gazetteer):
    assert "Sisian" not in _places("Most weekends I am at the family orchard in Sisian.", gazetteer)


def test_at_home_all_week(gazetteer):
    assert "Kapan" not in _places("My sister was at home in Kapan all week with a cold.", gazetteer)


# --- near sentences where the rule must not fire ---

def test_killed_at_home_by_a_shell_stays(gazetteer):
    assert "Martuni" in _places("A woman was killed at home in Martuni when a shell hit her house.", gazetteer)


def test_sheltering_at_home_during_shelling_stays(gazetteer):
    assert "Stepanakert" in _places("Families were sheltering at home in Stepanakert as the shelling went on.",
                                    gazetteer)


def test_at_home_when_soldiers_entered_stays(gazetteer):
    assert "Askeran" in _places("She was at home in Askeran when soldiers entered the village.", gazetteer)


def test_returned_home_to_a_town_stays(gazetteer):
    assert "Hadrut" in _places("The family returned home to Hadrut in May.", gazetteer)
