"""What an attack left in a place ("filmed what the shelling of last week had left in X", "recording what the assault
of 2 April had left behind in Y") is the place's aftermath, looked at later: ``other``, no fire told there. Fire told
besides in the sentence, or an attack that left dead, stays ``shelling``."""

import datetime

from geo.extract import extract_text


def _layers(text, gazetteer, published="2023-09-21"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_what_the_shelling_had_left(gazetteer):
    assert _layers("A photographer filmed what the shelling of last week had left in Martuni.",
                   gazetteer)["Martuni"] == "other"


def test_what_the_assault_left_behind(gazetteer):
    assert _layers("A reporter walked through what the Azerbaijani assault had left behind in Martakert, the agency "
                   "wrote.", gazetteer)["Martakert"] == "other"


def test_what_their_offensive_left_of(gazetteer):
    assert _layers("Volunteers cleared what their offensive of April had left of Askeran.",
                   gazetteer)["Askeran"] == "other"


# --- near sentences where the rule must not fire ---

def test_fire_told_besides(gazetteer):
    assert _layers("Shells hit Askeran again on Monday, while villagers looked at what the war had left of their "
                   "homes.", gazetteer)["Askeran"] == "shelling"


def test_attack_that_left_dead(gazetteer):
    assert _layers("The assault on Martakert left three dead, the ministry said.", gazetteer)["Martakert"] == "shelling"


def test_what_was_left_shelled_again(gazetteer):
    assert _layers("What the attack left in Shushi was shelled again on Friday, the ministry said.",
                   gazetteer)["Shushi"] == "shelling"


def test_what_the_villagers_left(gazetteer):
    assert _layers("Shells fell on what the villagers had left in Martuni when they fled.",
                   gazetteer)["Martuni"] == "shelling"
