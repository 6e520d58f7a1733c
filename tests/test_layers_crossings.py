"""Border crossings and the queues at them are checkpoints; a crossing that traffic drives through on its way, or
where the displaced are received, is not a control point; a road shut by its own residents in protest is a
blockade."""

import datetime as dt

import pytest

from geo.extract import extract_text


def layers(text, gazetteer, published=dt.date(2024, 6, 1)):
    return {c["place_name"]: c["layer"] for c in extract_text(text, published, gazetteer)}


@pytest.mark.parametrize("text", [
    "Meghri remains the sole official crossing point between the two countries.",
    "For farmers near the Meghri crossing, the new rules mean a day's trade lost.",
    "In Meghri the traffic was light on Tuesday, said a lorry driver waiting in the queue since dawn.",
])
def test_a_border_crossing_and_its_queue_are_checkpoints(gazetteer, text):
    found = layers(text, gazetteer)
    assert found.get("Meghri") == "checkpoints", found


def test_a_crossing_driven_through_stays_a_route(gazetteer):
    found = layers("Iranian lorries enter Armenia at the Meghri crossing and drive on towards Kapan.", gazetteer)
    assert found and "checkpoints" not in found.values(), found


def test_a_crossing_where_the_displaced_are_received_is_no_control_point(gazetteer):
    found = layers("At the Meghri crossing, volunteers welcomed the refugees with tea and blankets.", gazetteer)
    assert found.get("Meghri") != "checkpoints", found


def test_people_crossing_a_river_are_no_crossing_point(gazetteer):
    found = layers("Hundreds of families were seen crossing the bridge at Goris on foot.", gazetteer)
    assert found.get("Goris") != "checkpoints", found


@pytest.mark.parametrize("text", [
    "Angry residents of Voskepar closed the highway outside the village for three hours on Friday.",
    "On Monday Kirants villagers kept the main road to the border closed until the evening.",
])
def test_a_road_closed_by_residents_is_a_blockade(gazetteer, text):
    found = layers(text, gazetteer)
    assert "checkpoints" in found.values(), found


def test_a_road_closed_by_the_police_is_a_closure(gazetteer):
    found = layers("Residents said the police closed the highway outside Voskepar for three hours.", gazetteer)
    assert "checkpoints" not in found.values(), found
