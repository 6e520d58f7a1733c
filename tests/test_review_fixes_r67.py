"""Sentences where the r67 rules misfired: a travel warning given after shells hit a village, volunteers killed
trying to protect a village, soldiers who held a funeral, held an exercise or were held captive, archaeologists
digging trenches at an old fortress, a party strengthening its positions before an election, forces holding a
height that were shelled, and families who moved to a town where they spent the night."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="2021-06-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_travel_warning_after_shelling_keeps_the_village(gazetteer):
    text = "The ministry warned against travel to Tegh after shells hit the village on Monday."
    assert "Tegh" in places(text, gazetteer)


def test_a_village_volunteers_were_killed_protecting_is_a_place(gazetteer):
    text = "Two volunteers were killed on Sunday as they tried to protect the village of Tegh from the advancing troops."
    assert "Tegh" in places(text, gazetteer)


def test_soldiers_holding_a_funeral_an_exercise_or_held_captive_are_no_line(gazetteer):
    assert place_layers("Soldiers held the funeral of their comrade in Berd on Sunday.", gazetteer).get("Berd") \
        != "checkpoints"
    assert place_layers("Forces held the exercise near Sisian last week.", gazetteer).get("Sisian") != "checkpoints"
    text = "Two soldiers held captive in Goris were released on Friday."
    assert place_layers(text, gazetteer).get("Goris") != "checkpoints"


def test_trenches_dug_at_an_old_fortress_are_no_line(gazetteer):
    text = "Archaeologists dug trenches at the old fortress near Goris last summer."
    assert place_layers(text, gazetteer).get("Goris") != "checkpoints"


def test_a_party_strengthening_its_positions_before_an_election_is_no_line(gazetteer):
    text = "The ruling party is strengthening its positions in Goris ahead of the election."
    assert place_layers(text, gazetteer).get("Goris") != "checkpoints"


def test_forces_holding_a_height_that_were_shelled_are_under_fire(gazetteer):
    text = "The forces holding Seysulan were shelled overnight."
    assert place_layers(text, gazetteer).get("Seysulan") == "shelling"


def test_families_who_moved_to_a_town_where_they_spent_the_night_keep_it(gazetteer):
    text = "The families moved to Kapan, where they spent the night."
    assert "Kapan" in places(text, gazetteer)
