"""Sentences where the r73l and r74l layer rules misfired: "It took Kapan a week to repair the houses damaged by
shelling" (the time a town spent, read as its capture), "Every bed in the Goris hospital was occupied" (beds taken
up, read as a place occupied), "Two soldiers approached a shepherd near Tegh", "The troops approached the village head
in Berd", "A column of refugees approached Goris" and "Rescue units approached the collapsed school in Kapan" (read as
an advance), "A field fire from across the border reached the orchards of Tegh" and "The fire from across the river
spread to the barns of Tegh" (a blaze read as fire from the other side), "In Berd the medical post stands 200 metres
from the school" (a post that tends people read as an army's line), and "A target plane was shot down near Tartar
during air-defence exercises" and "Mock enemy aircraft were shot down ... during the drills" (a drill's target read as
an aircraft brought down by the other side)."""

from tests.helpers import place_layers, rows


def kinds(place, text, gazetteer, published="2021-06-10"):
    return [c["kind"] for c in rows(text, gazetteer, published) if place in c["place_name"].split(";")]


def test_the_time_a_town_spent_is_no_capture(gazetteer):
    assert "control" not in kinds("Kapan", "It took Kapan a week to clear the snow from the streets.", gazetteer)
    text = "It took Kapan a week to repair the houses damaged by shelling."
    assert place_layers(text, gazetteer).get("Kapan") == "shelling"
    assert "control" in kinds("Vardenis", "The rebels took Vardenis two days later.", gazetteer)


def test_beds_taken_up_are_no_place_occupied(gazetteer):
    assert "control" not in kinds("Goris", "Every bed in the Goris hospital was occupied by Monday.", gazetteer)
    assert "control" not in kinds("Goris", "The beds in the Goris hospital had been occupied since Monday.",
                                  gazetteer)
    assert "control" in kinds("Berd", "The village of Berd was occupied on Tuesday.", gazetteer)


def test_people_walked_up_to_are_no_advance(gazetteer):
    text = "Two soldiers approached a shepherd near Tegh and asked for directions."
    assert place_layers(text, gazetteer).get("Tegh") != "shelling"
    text = "The troops approached the village head in Berd and asked for water."
    assert place_layers(text, gazetteer).get("Berd") != "shelling"
    text = "Enemy troops approached Tegh as women and children fled."
    assert place_layers(text, gazetteer).get("Tegh") == "shelling"


def test_refugees_and_rescuers_approaching_are_no_advance(gazetteer):
    text = "A column of refugees approached Goris on foot late on Friday."
    assert place_layers(text, gazetteer).get("Goris") != "shelling"
    text = "Rescue units approached the collapsed school in Kapan at dawn."
    assert place_layers(text, gazetteer).get("Kapan") != "shelling"
    text = "Officials said tanks were approaching Fuzuli from the east on Thursday."
    assert place_layers(text, gazetteer).get("Fuzuli") == "shelling"


def test_a_blaze_from_across_the_border_is_no_fire_from_the_other_side(gazetteer):
    text = "A field fire from across the border reached the orchards of Tegh."
    assert place_layers(text, gazetteer).get("Tegh") != "shelling"
    text = "The fire from across the river spread to the barns of Tegh."
    assert place_layers(text, gazetteer).get("Tegh") != "shelling"


def test_a_medical_post_some_way_from_the_school_is_no_line(gazetteer):
    text = "In Berd the medical post stands 200 metres from the school."
    assert place_layers(text, gazetteer).get("Berd") != "checkpoints"
    text = "In Tegh the first-aid post is about 100 metres from the church."
    assert place_layers(text, gazetteer).get("Tegh") != "checkpoints"


def test_a_drill_target_shot_down_stays_the_drills(gazetteer):
    text = "A target plane was shot down near Tartar during air-defence exercises."
    assert place_layers(text, gazetteer).get("Tartar") != "shelling"
    text = "Mock enemy aircraft were shot down near Tartar during the drills."
    assert place_layers(text, gazetteer).get("Tartar") != "shelling"
