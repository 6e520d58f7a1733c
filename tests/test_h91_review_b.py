"""Units a hospital, clinic or bank opens in a border district are no border units, soldiers on a road who stopped to
help villagers are no post, and soldiers on a road who are shelled or shell are not read as a checkpoint; soldiers on
a road keeping people from moving still are."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-09-14")


def test_hospital_units_in_a_district_are_no_post(gazetteer):
    text = "On Monday the hospital opened two new units in the Gubadli district, the health ministry said."
    assert layers(text, gazetteer).get("Gubadli District") != "checkpoints"


def test_clinic_unit_near_the_border_is_no_post(gazetteer):
    text = "The clinic opened a unit near the border in Gubadli district for wounded soldiers."
    assert layers(text, gazetteer).get("Gubadli District") != "checkpoints"


def test_soldiers_who_stopped_to_help_are_no_post(gazetteer):
    text = "Soldiers on the road stopped to help villagers moving their cattle near Gubadli on Friday."
    assert layers(text, gazetteer).get("Gubadli") != "checkpoints"


def test_shelling_on_the_road_is_no_post(gazetteer):
    text = "Troops on the highway near Shusha shelled villages, preventing residents from moving out."
    assert layers(text, gazetteer).get("Shusha") != "checkpoints"


def test_troops_preventing_a_convoy_from_moving_still_a_post(gazetteer):
    text = "Troops on the road near Lachin prevented the convoy from moving on Sunday."
    assert layers(text, gazetteer).get("Lachin") == "checkpoints"
