"""Footage, a video or pictures "shot" by someone are filmed, no fire: "footage shot by soldiers showed the army in
X" tells who holds X (layer other), and "a resident shot a video of Y" fires at nothing. People shot, shots fired and
soldiers who shot at a place are still fire."""

import datetime

from geo.extract import extract_text


def _layers(text, gazetteer, published="2023-09-25"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_footage_shot_by_soldiers_is_no_fire(gazetteer):
    got = _layers("A news site said on Friday that footage shot by the soldiers showed the army was in Askeran.",
                  gazetteer)
    assert got.get("Askeran") == "other"


def test_video_shot_by_a_resident_is_no_fire(gazetteer):
    got = _layers("A video shot by a local teacher showed the empty streets of Askeran.", gazetteer)
    assert got.get("Askeran") == "other"


def test_shooting_a_film_is_no_fire(gazetteer):
    got = _layers("The director shot a documentary about the old bridge in Askeran last spring.", gazetteer)
    assert got.get("Askeran") != "shelling"


# --- near sentences where the rule must not fire ---

def test_a_man_shot_by_soldiers_is_fire(gazetteer):
    got = _layers("A shepherd was shot by soldiers near Askeran on Monday.", gazetteer)
    assert got.get("Askeran") == "shelling"


def test_shots_fired_at_a_town_are_fire(gazetteer):
    got = _layers("Shots were fired at Askeran overnight, the ministry said.", gazetteer)
    assert got.get("Askeran") == "shelling"


def test_video_of_soldiers_who_shot_at_houses_is_fire(gazetteer):
    got = _layers("The video showed soldiers who shot at houses in Askeran.", gazetteer)
    assert got.get("Askeran") == "shelling"
