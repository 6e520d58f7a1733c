"""Layers of troops advancing, of people sent back by soldiers, of tracks shut off, of fire aimed at a road, and of
two villages that face each other across water."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

DAY = datetime.date(2023, 5, 10)
_pairs = partial(place_layer_pairs, published=DAY)


def test_troops_advancing_a_distance_spelt_out_is_shelling(gazetteer):
    assert ("Sotk", "shelling") in _pairs("Officials said the units had advanced two and a half kilometres into "
                                          "Armenian territory near Sotk.", gazetteer)


def test_soldiers_moving_forward_on_a_village_is_shelling(gazetteer):
    assert ("Kut", "shelling") in _pairs("Residents of Kut say dozens of soldiers moved forward towards the "
                                         "village at night.", gazetteer)


def test_people_turned_back_by_soldiers_meet_a_checkpoint(gazetteer):
    assert ("Sotk", "checkpoints") in _pairs("A farmer was turned back by soldiers on the road above Sotk.",
                                             gazetteer)
    assert ("Kut", "checkpoints") in _pairs("Near Kut a soldier turned the shepherds back with their flock.",
                                            gazetteer)


def test_a_track_shut_off_is_a_checkpoint(gazetteer):
    assert ("Sotk", "checkpoints") in _pairs("Last week the army closed the track to Sotk at the last farm.",
                                             gazetteer)


def test_document_checks_at_a_post_are_a_checkpoint(gazetteer):
    assert ("Goris", "checkpoints") in _pairs("Guards stopped lorries for document checks at a new post near "
                                              "Goris.", gazetteer)


def test_fire_directed_at_a_road_is_shelling_at_its_village(gazetteer):
    assert ("Sotk", "shelling") in _pairs("The fire was directed at the road leading to Sotk, the ministry said.",
                                          gazetteer)


def test_villages_facing_each_other_across_a_river_are_no_route(gazetteer):
    pairs = _pairs("In Kut, which faces Sotk across a narrow river, the mayor said the school would reopen.",
                   gazetteer)
    assert ("Kut", "corridors") not in pairs and ("Sotk", "corridors") not in pairs


def test_a_road_driven_across_is_still_a_route(gazetteer):
    assert ("Goris", "corridors") in _pairs("Lorries drove across the bridge to Goris on Monday.", gazetteer)


def test_shots_said_not_to_come_are_no_shelling(gazetteer):
    assert ("Kut", "shelling") not in _pairs("In Kut the night was calm and no more shots were heard.", gazetteer)
    assert ("Kut", "shelling") not in _pairs("There was no shooting near Kut on Monday.", gazetteer)
    assert ("Kut", "shelling") in _pairs("More shots were heard near Kut overnight.", gazetteer)


def test_towns_a_road_links_are_its_ends_not_the_checkpoints(gazetteer):
    pairs = _pairs("Guards man checkpoints along the road, which links Ijevan with Berd.", gazetteer)
    assert ("Ijevan;Berd", "corridors") in pairs
    assert not {p for p, layer in pairs if layer == "checkpoints"}


def test_people_sheltering_from_fire_told_after_them_are_under_fire(gazetteer):
    assert ("Sotk", "shelling") in _pairs("Families in Sotk spent the night in basements as shells fell nearby.",
                                          gazetteer)
    assert ("Vardenis", "shelling") in _pairs("A baker said many families in Vardenis had spent the night in "
                                              "basements after explosions were heard.", gazetteer)


def test_sheltering_from_fire_named_at_another_place_stays_there(gazetteer):
    pairs = _pairs("Families in Sotk spent the night in basements after drones hit the depot in Kut.", gazetteer)
    assert ("Kut", "shelling") in pairs and ("Sotk", "shelling") not in pairs


def test_a_field_road_shut_off_is_a_checkpoint(gazetteer):
    assert ("Kut", "checkpoints") in _pairs("Police closed the field road to Kut on Saturday.", gazetteer)


def test_permits_checked_at_a_post_are_a_checkpoint(gazetteer):
    assert ("Goris", "checkpoints") in _pairs("Police checked our permits at a post near Goris.", gazetteer)
