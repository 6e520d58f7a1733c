"""A sports side named by its town ("the friendly against the X school side", "lost to the Y youth team", "the Z
girls' eleven won") is the team, not the town: no event there. A school hit, a team shelled at training, or "the X
side of the line" stay."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2016-04-29"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_friendly_against_a_school_side(gazetteer):
    assert "Goris" not in _places("Next month's friendly against the Goris school side is off.", gazetteer)


def test_lost_to_a_youth_team(gazetteer):
    assert "Sisian" not in _places("We lost 2-1 to the Sisian youth team on Sunday.", gazetteer)


def test_girls_eleven_won_the_cup(gazetteer):
    assert "Kapan" not in _places("The Kapan girls' eleven won the cup.", gazetteer)


# --- near sentences where the rule must not fire ---

def test_school_hit_by_a_shell_stays(gazetteer):
    assert _places("A shell hit the Martuni school on Monday.", gazetteer).get("Martuni") == "shelling"


def test_team_shelled_at_training_stays(gazetteer):
    got = _places("Shells hit the pitch where the Askeran youth team was training.", gazetteer)
    assert got.get("Askeran") == "shelling"


def test_school_made_a_shelter_stays(gazetteer):
    assert "Goris" in _places("The Goris school was turned into a shelter for families from Hadrut.", gazetteer)
