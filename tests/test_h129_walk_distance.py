"""A distance told by a walk ("a short walk from the school", "a ten-minute walk from the station") is no journey:
the place it follows keeps what else the sentence tells of it; people who walked from one village to another still
took that way."""
import datetime as dt

from geo.extract import extract_text


def _layers(text):
    return {(name, e["layer"]) for e in extract_text(text, dt.date(2023, 10, 8)) for name in e["place"].split(";")}


def test_settled_in_a_village_a_short_walk_from_here():
    rows = _layers("The two sisters have settled in the village of Sayat-Nova, a short walk from the bakery.")
    assert ("Sayat-Nova", "other") in rows
    assert ("Sayat-Nova", "corridors") not in rows


def test_a_ten_minute_walk_is_a_distance():
    rows = _layers("The family now rents a room in Sayat-Nova, a ten-minute walk from the bus stop.")
    assert ("Sayat-Nova", "corridors") not in rows


def test_people_who_walked_from_one_village_to_another_took_that_way():
    # negative case: a walk taken, not a distance
    rows = _layers("The families walked from Sayat-Nova to Masis through the night.")
    assert {("Sayat-Nova", "corridors"), ("Masis", "corridors")} <= rows
