"""Checkpoints read from heldout141's wordings: soldiers who turn people back or will not let them through, with a
place named between them and the verb, and soldiers who guard a named place."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 4, 28)


def _layers(text, place, published=DAY):
    return [e["layer"] for e in extract_text(text + "\n", published) if place in e["place"].split(";")]


# --- soldiers turning people back, or not letting them through ---

def test_soldiers_at_a_post_before_a_place_turning_people_back_are_a_checkpoint():
    assert _layers("The soldiers at the post before Dadivank turned back the pilgrims.", "Dadivank") == ["checkpoints"]


def test_soldiers_near_a_place_turning_people_back_are_a_checkpoint():
    assert _layers("Soldiers near Dadivank turned back the pilgrims.", "Dadivank") == ["checkpoints"]


def test_soldiers_who_would_not_let_people_through_are_a_checkpoint():
    assert _layers("At the post below Dadivank the soldiers would not let the group through.",
                   "Dadivank") == ["checkpoints"]


def test_a_convoy_that_turned_back_is_no_checkpoint():
    assert _layers("The convoy turned back at Dadivank.", "Dadivank") != ["checkpoints"]


def test_soldiers_at_a_post_who_speak_of_fire_are_no_checkpoint():
    assert _layers("Soldiers at the post near Martuni said they came under fire on Monday.",
                   "Martuni") != ["checkpoints"]


# --- soldiers guarding a named place ---

def test_soldiers_who_have_guarded_a_named_place_are_a_checkpoint():
    assert _layers("Russian soldiers have guarded Dadivank since 15 November.", "Dadivank") == ["checkpoints"]


def test_soldiers_guarding_a_town_that_came_under_fire_are_fire():
    assert _layers("Soldiers guarding Martuni came under fire on Monday.", "Martuni") == ["shelling"]


def test_soldiers_guarding_a_thing_near_a_place_are_no_checkpoint():
    assert _layers("Our soldiers now guard a bank near Khudaferin.", "Khudaferin") != ["checkpoints"]
