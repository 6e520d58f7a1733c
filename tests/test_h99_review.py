"""Review of heldout99's rules: a line guarded by border guards that is shelled stays the shelling's, and what
belongs to border troops (a team) guarding a line is no border post; the rules' own cases still hold."""

import datetime as dt

from tests.helpers import place_layers

PUBLISHED = dt.date(2024, 5, 21)


def test_guarded_line_that_was_shelled_stays_shelling(gazetteer):
    text = "The line near Berkaber, guarded by border guards, was shelled on Monday night."
    layers = place_layers(text, gazetteer, PUBLISHED)
    assert layers.get("Berkaber") == "shelling"


def test_border_troops_team_guarding_the_line_is_no_post(gazetteer):
    text = "At the match in Ijevan on Sunday, the border troops' team guarded the line well, the coach said."
    layers = place_layers(text, gazetteer, PUBLISHED)
    assert layers.get("Ijevan") != "checkpoints"


def test_road_blocked_by_snow_is_the_road_s(gazetteer):
    text = "Near Sisian the highway was blocked by snow on Monday, drivers said."
    layers = place_layers(text, gazetteer, PUBLISHED)
    assert layers.get("Sisian") == "corridors"


def test_police_roadblocks_during_a_protest_stay_checkpoints(gazetteer):
    text = "During a protest near Kirants on Monday, police set up roadblocks."
    layers = place_layers(text, gazetteer, PUBLISHED)
    assert layers.get("Kirants") == "checkpoints"


def test_camp_for_the_displaced_taken_down_is_other(gazetteer):
    text = "On Monday a camp for the displaced in Goris was taken down."
    layers = place_layers(text, gazetteer, PUBLISHED)
    assert layers.get("Goris") == "other"
