"""A queue or line of cars at a place, or its streets jammed with cars, is the way out queued on: corridors."""
import datetime as dt

from geo.extract import extract_text


def _layers(text, place):
    return [e["layer"] for e in extract_text(text, dt.date(2023, 9, 27)) if e["place"] == place]


def test_queue_of_cars_short_of_a_town_is_corridors():
    text = ("A driver told the agency that the queue of vehicles was twenty kilometres long and that after six hours "
            "she was still short of Martakert.")
    assert _layers(text, "Martakert") == ["corridors"]


def test_line_of_cars_standing_below_a_town_is_corridors():
    text = "He says the long line of cars was still waiting at dawn below Askeran."
    assert _layers(text, "Askeran") == ["corridors"]


def test_streets_jammed_with_cars_are_corridors():
    text = "By the evening the streets of Martakert were jammed with cars."
    assert _layers(text, "Martakert") == ["corridors"]


def test_queue_for_bread_stays_other():
    # negative case: a queue of people for food, no cars
    text = "A driver told the agency that the queue of people for bread was long in Martakert."
    assert _layers(text, "Martakert") == ["other"]



def test_line_of_tanks_standing_is_no_queue():
    # negative case: a line of armour standing near a town is no traffic queued on the way out
    text = "Witnesses said a long line of tanks stood all night outside Martakert."
    assert "corridors" not in _layers(text, "Martakert")
