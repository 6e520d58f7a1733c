"""Layers of fire told with a second target, along a front line between two towns, and of return and rebuilding
told beside a village's past fighting."""

from tests.helpers import place_layers


def test_posts_fired_on_after_villages_are_targets(gazetteer):
    found = place_layers("Armenian units fired on villages and army posts near Tovuz overnight.",
                         gazetteer)
    assert found["Tovuz"] == "shelling", found


def test_posts_set_up_after_a_shelling_stay_checkpoints(gazetteer):
    found = place_layers("Troops shelled the village and then set up police posts around Aghdam.", gazetteer)
    assert found["Aghdam"] == "checkpoints", found


def test_firing_that_ran_along_the_front_line_is_fire_at_both_towns(gazetteer):
    found = place_layers("Firing ran along the front line between Fuzuli and Jabrayil until dawn.", gazetteer)
    assert found.get("Fuzuli") == "shelling" and found.get("Jabrayil") == "shelling", found


def test_a_road_that_runs_between_two_towns_stays_a_way(gazetteer):
    found = place_layers("The new road will run along the river from Kapan to Goris.", gazetteer)
    assert found == {"Kapan;Goris": "corridors"}, found


def test_families_on_their_way_back_home_are_a_return(gazetteer):
    found = place_layers("Twelve more families are on their way back to Hadrut, the mayor wrote.", gazetteer)
    assert found["Hadrut"] == "other", found


def test_families_on_their_way_back_along_a_named_road_use_it(gazetteer):
    found = place_layers("Twelve families were on their way back to Kapan along the Goris road.", gazetteer)
    assert "corridors" in found.values(), found


def test_families_on_their_way_elsewhere_travel(gazetteer):
    found = place_layers("Twelve more families are on their way to Goris.", gazetteer)
    assert found["Goris"] == "corridors", found
