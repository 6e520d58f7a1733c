"""Marches, stays and police lines: a march on its way is a route at its start, goal and waypoints; a march held in a
town is a protest there; where marchers stay the night or hear mass is a stop; a police line or entry restricted is a
blocking point (sentences written for these tests)."""

import datetime as dt

from geo.extract import extract_text


def read(text, gazetteer, published="2021-06-10"):
    """{place name: (layer, kind)} of the candidates of a text (a route's places one by one)."""
    return {name: (c["layer"], c["kind"]) for c in extract_text(text, dt.date.fromisoformat(published), gazetteer,
                                                                  source="test")
            for name in c["place_name"].split(";")}


def test_a_march_from_a_town_to_another_is_a_route_at_both(gazetteer):
    found = read("Farmers led a protest march from Sisian to Goris on Tuesday.", gazetteer)
    assert found["Sisian"][0] == "corridors" and found["Goris"][0] == "corridors"


def test_setting_off_at_an_hour_from_a_town_starts_a_route(gazetteer):
    found = read("The teachers resumed their march towards Kapan on Friday, setting off at dawn from Goris.", gazetteer)
    assert found["Goris"][0] == "corridors" and found["Kapan"][0] == "corridors"


def test_a_march_that_began_in_a_town_set_out_from_it(gazetteer):
    found = read("The march began in Sisian on Sunday morning.", gazetteer)
    assert found["Sisian"][0] == "corridors"


def test_a_march_from_a_province_does_not_make_the_province_a_route(gazetteer):
    found = read("The march from Syunik reached Goris on Friday.", gazetteer)
    assert found["Goris"][0] == "corridors" and "Syunik Province" not in found


def test_a_march_held_in_a_town_is_a_protest_there(gazetteer):
    found = read("Farmers plan to march in Sisian on Sunday and then travel to the capital.", gazetteer)
    assert found["Sisian"][0] == "other"


def test_a_night_stay_on_the_way_is_a_stop_and_walking_on_is_the_route(gazetteer):
    found = read("The pilgrims spent their first night in Sisian and the next day walked on from Goris.", gazetteer)
    assert found["Sisian"][0] == "other" and found["Goris"][0] == "corridors"


def test_travellers_boarding_buses_near_a_town_start_a_route(gazetteer):
    found = read("Near Goris the protesters boarded buses.", gazetteer)
    assert found["Goris"][0] == "corridors"


def test_a_police_line_between_two_villages_is_a_blocking_point(gazetteer):
    found = read("A police cordon stood on the highway between Sisian and Goris.", gazetteer)
    assert found["Sisian"][0] == "checkpoints" and found["Goris"][0] == "checkpoints"


def test_entry_to_a_town_restricted_is_a_blocking_point(gazetteer):
    found = read("The service has restricted entry to Jermuk for people who do not live there.", gazetteer)
    assert found["Jermuk"][0] == "checkpoints"
