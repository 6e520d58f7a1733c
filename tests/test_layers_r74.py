"""Layers of fire named by its calibre or said to come over the border, of an army's line a short way from a
village, and of an aircraft shot down during an exercise: "large-calibre fire" or "fire from across the border" that
damaged a pipe is fire on the village, as "heavy fire" already was (a forest fire from across the border is no
attack); a village whose last houses stand some hundreds of metres from the enemy's positions, a post that "stands"
that far from them, positions on a ridge "some 600 metres from the school" and one post moved closer to it are a
line held by the village (checkpoints), while a school that far from the post office is nothing; and a helicopter
shot down while it flew in an exercise was brought down by the other side, not by the drill's own fire, which is
still dropped (a target drone shot down in a drill, live rounds fired in it)."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2015, 3, 9))


def test_fire_named_by_its_calibre_is_fire_on_the_village(gazetteer):
    text = "Heavy-calibre fire damaged the water tower of Tegh on Sunday night, the mayor said."
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_fire_from_across_the_border_is_fire_on_the_village(gazetteer):
    text = "Last spring fire from across the border broke three windows of the clinic in Tegh."
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_a_forest_fire_from_across_the_border_is_no_attack(gazetteer):
    text = "A forest fire from across the border reached the pastures of Tegh on Sunday."
    assert layers(text, gazetteer).get("Tegh") != "shelling"


def test_houses_a_short_way_from_the_enemy_positions_are_a_line_held(gazetteer):
    text = "The first houses of Kornidzor stand barely 400 metres from the Azerbaijani positions."
    assert layers(text, gazetteer).get("Kornidzor") == "checkpoints"


def test_one_post_standing_a_short_way_from_the_houses_is_a_line_held(gazetteer):
    text = "In Kornidzor the closest enemy post stands about 500 metres from the school, the mayor told us."
    assert layers(text, gazetteer).get("Kornidzor") == "checkpoints"


def test_positions_on_a_ridge_set_off_by_their_distance_are_a_line_held(gazetteer):
    text = "A farmer from Kornidzor shows us the positions on the hill, some 700 metres from his barn."
    assert layers(text, gazetteer).get("Kornidzor") == "checkpoints"


def test_one_post_moved_closer_to_the_village_is_the_line_moved_up(gazetteer):
    text = "Residents of Kornidzor say that last year the other side moved one post closer to the village."
    assert layers(text, gazetteer).get("Kornidzor") == "checkpoints"


def test_a_school_some_way_from_the_post_office_is_no_line(gazetteer):
    text = "In Kornidzor the new school stands about 300 metres from the post office."
    assert layers(text, gazetteer).get("Kornidzor") != "checkpoints"


def test_a_helicopter_shot_down_during_an_exercise_is_fire_on_it(gazetteer):
    text = "Their helicopter was shot down near Tartar on Tuesday during joint military exercises."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_a_target_drone_shot_down_in_a_drill_is_the_drills(gazetteer):
    text = "A target drone was shot down near Tartar on Tuesday during joint military exercises."
    assert layers(text, gazetteer).get("Tartar") != "shelling"


def test_live_rounds_fired_in_an_exercise_stay_the_drills(gazetteer):
    text = "Gunners fired live rounds near Tartar on Tuesday during joint military exercises."
    assert layers(text, gazetteer).get("Tartar") != "shelling"
