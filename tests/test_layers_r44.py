"""Layers of people stranded on a road named by its towns (the route's blockade), of a scene set right in front of
a peacekeeping post (a checkpoint), and of a gas pipe damaged or cut with no fire named (other news); and the
site of a pipe's damaged section, Zarıslı near Shusha, under the spellings of the news."""

from tests.helpers import place_layers, rows, waypoint_layers


def test_people_stuck_on_a_highway_between_two_towns_is_the_route(gazetteer):
    text = "Some 300 travellers were stuck on the highway between Goris and Kapan overnight, the police said."
    layers = waypoint_layers(text, gazetteer)
    assert layers["Goris"] == "corridors" and layers["Kapan"] == "corridors"


def test_people_stranded_on_two_dashed_sections_is_the_route(gazetteer):
    text = "Drivers stranded on the Sisian-Goris and Kapan-Goris sections spent the night in their cars."
    layers = waypoint_layers(text, gazetteer)
    assert {layers["Sisian"], layers["Goris"], layers["Kapan"]} == {"corridors"}


def test_lorries_stuck_on_the_road_near_a_crossing_stay_held_there(gazetteer):
    text = "Forty lorries were stuck on the road near Kornidzor for two days."
    assert place_layers(text, gazetteer)["Kornidzor"] == "checkpoints"


def test_tents_put_up_in_front_of_a_peacekeeping_post_are_a_checkpoint(gazetteer):
    text = ("Activists put up tents at the entrance of the Lachin corridor near Shushi, right in front of a Russian "
            "peacekeeping post.")
    assert place_layers(text, gazetteer)["Shusha"] == "checkpoints"


def test_a_pipe_damaged_near_a_town_is_no_fire(gazetteer):
    text = "Engineers are checking whether the pipe near Shushi was damaged on purpose."
    assert place_layers(text, gazetteer)["Shusha"] == "other"


def test_a_pipeline_breakdown_that_cut_off_all_gas_is_no_blockade(gazetteer):
    text = "On Tuesday a breakdown on the pipeline near Shushi cut off all gas coming from Armenia."
    assert place_layers(text, gazetteer)["Shusha"] == "other"


def test_a_town_cut_off_is_still_blockaded(gazetteer):
    text = "Snow and the closed pass cut off the village of Tegh from Goris for a week."
    assert "corridors" in set(waypoint_layers(text, gazetteer).values())


def test_a_pipe_section_between_two_villages_is_no_road(gazetteer):
    text = ("Crews may not reach the section between Shushi and Zariflu, so nobody has seen the new valve. "
            "The pipe there was damaged in March.")
    layers = place_layers(text, gazetteer)
    assert layers["Shusha"] == "other" and layers["Zarysly"] == "other"


def test_zarsli_is_zarysly(gazetteer):
    text = "Gas workers said the pipe was repaired at the Zarsli section without them."
    assert "Zarysly" in {c["place_name"] for c in rows(text, gazetteer)}
