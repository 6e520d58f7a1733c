"""Fire at a target with the day between ("fired late on Wednesday on the positions near X", "firing early on Sunday
at Y") is fire at that target, as "fired heavily that morning at" is; a person fired on a day is no fire."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return {e["place"]: e for e in extract_text(text, datetime.date(2021, 11, 19), gazetteer)}


def test_fired_late_on_a_day_on_positions(gazetteer):
    text = "Armenian units fired late on Tuesday on army positions by Dondar Gushchu, the ministry in Baku said."
    e = _events(text, gazetteer)["Dondar Gushchu"]
    assert e["layer"] == "shelling" and e["start_date"] == "2021-11-16"


def test_fire_from_across_the_border_is_no_route(gazetteer):
    text = ("Armenian units had fired late on Tuesday on army positions by Dondar Gushchu, from the direction of "
            "Chinari across the border.")
    events = _events(text, gazetteer)
    assert events["Dondar Gushchu"]["layer"] == "shelling"
    assert not any(e["layer"] == "corridors" for e in events.values())


def test_firing_early_on_a_day_morning_at(gazetteer):
    text = "Troops kept firing early on Sunday morning at the edge of Tegh, villagers said."
    assert _events(text, gazetteer)["Tegh"]["layer"] == "shelling"


def test_a_man_fired_on_a_day_is_no_fire(gazetteer):
    text = "The head of the school in Tegh was fired late on Friday on the orders of the mayor."
    assert all(e["layer"] != "shelling" for e in _events(text, gazetteer).values())
