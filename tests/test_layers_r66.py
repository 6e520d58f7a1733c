"""Layers: land a side "took under guard", ground said to be "already under" its control before a handover, a
village whose entrances or approaches the police sealed or closed, posts "going up" and land cut off from its village
are control on the line (checkpoints); houses or a bridge said to "pass to" the other country are a handover, and the
course of a border line ("the line would run between A and B") is no road (other); the road through their own
village that residents blocked is that road's news (corridors); and firing that "had lasted" hours is fire. These
recur wherever a border is drawn through villages and reported on."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2024, 6, 1))


def test_land_taken_under_guard_is_a_post_there(gazetteer):
    text = "The border service said its troops took the fields of Tegh and Kornidzor under guard on Monday."
    found = layers(text, gazetteer)
    assert found.get("Tegh") == "checkpoints"
    assert found.get("Kornidzor") == "checkpoints"


def test_a_guard_of_honour_is_no_post(gazetteer):
    text = "The minister took the salute of a guard of honour in Goris on Monday."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_ground_already_under_control_is_held_by_posts(gazetteer):
    text = "The ministry said that most of Berkaber was already under Azerbaijani control before the talks."
    assert layers(text, gazetteer).get("Berkaber") == "checkpoints"


def test_a_town_that_came_under_control_is_no_post(gazetteer):
    text = "Berkaber came under Azerbaijani control in 1992, the ministry said."
    assert layers(text, gazetteer).get("Berkaber") != "checkpoints"


def test_police_sealing_the_entrances_to_a_village_are_a_cordon(gazetteer):
    text = "Police sealed the entrances to Voskepar on Tuesday and let only residents in."
    assert layers(text, gazetteer).get("Voskepar") == "checkpoints"


def test_police_closing_the_approaches_to_a_village_are_no_fighting(gazetteer):
    text = "The police have closed the approaches to Voskepar for three days."
    assert layers(text, gazetteer).get("Voskepar") == "checkpoints"


def test_troops_on_the_approaches_to_a_town_still_fight(gazetteer):
    text = "Fighting was under way on the approaches to Hadrut on Thursday."
    assert layers(text, gazetteer).get("Hadrut") == "shelling"


def test_posts_going_up_by_a_village_are_checkpoints(gazetteer):
    text = "In Berkaber, new posts are going up beside the last houses."
    assert layers(text, gazetteer).get("Berkaber") == "checkpoints"


def test_a_fence_cutting_a_village_off_from_its_land_is_a_barrier(gazetteer):
    text = ("A wire fence now runs a few steps from the kindergarten of Berkaber, cutting the village off from most of "
            "its orchards.")
    assert layers(text, gazetteer).get("Berkaber") == "checkpoints"


def test_a_village_cut_off_from_a_town_is_no_fence(gazetteer):
    text = "The snow cut Berkaber off from Ijevan for two days."
    assert layers(text, gazetteer).get("Berkaber") != "checkpoints"


def test_a_bridge_that_will_pass_to_the_other_side_is_a_handover(gazetteer):
    text = "In Voskepar, two sheds and the bridge on the main road will pass to Azerbaijan, the village head said."
    assert layers(text, gazetteer).get("Voskepar") == "other"


def test_a_road_that_will_reopen_to_azerbaijan_stays_the_road_s_news(gazetteer):
    text = "The road from Voskepar to Azerbaijan will reopen on Monday, the village head said."
    assert layers(text, gazetteer).get("Voskepar") == "corridors"


def test_a_border_line_running_between_villages_is_no_road(gazetteer):
    text = "The ministry said the border would run between Berkaber and Voskepar."
    found = layers(text, gazetteer)
    assert "corridors" not in {found.get("Berkaber"), found.get("Voskepar"), found.get("Berkaber;Voskepar")}


def test_a_power_line_running_between_towns_stays_a_line(gazetteer):
    text = "The new power line would run between Goris and Sisian."
    found = layers(text, gazetteer)
    assert found.get("Goris;Sisian", found.get("Goris")) == "corridors"


def test_villagers_blocking_the_road_through_their_village_are_its_news(gazetteer):
    text = "Last week villagers in Voskepar blocked the main road that runs through their village, the mayor said."
    assert layers(text, gazetteer).get("Voskepar") == "corridors"


def test_villagers_blocking_a_road_near_a_village_stay_a_blocking_point(gazetteer):
    text = "Villagers blocked the highway near Voskepar for several hours on 17 May."
    assert layers(text, gazetteer).get("Voskepar") == "checkpoints"


def test_firing_that_had_lasted_hours_is_fire(gazetteer):
    text = "The mayor said the houses were intact, and that in nearby Aygepar the firing had lasted until midnight."
    assert layers(text, gazetteer).get("Aygepar") == "shelling"
