"""A first name given a placing in a results list ("Under 60 kilos: Aram, second.") is a competitor, not the village
of that name."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 3, 9)


def _places(text):
    return {e["place"] for e in extract_text(text, DAY)}


def test_a_name_placed_in_a_results_list_is_no_place():
    text = "Saturday's tournament in Gyumri. Under 60 kilos: Narek, second. Under 66: Aram, first place on points."
    assert "Narek" not in _places(text)
    assert "Gyumri" in _places(text)


def test_the_same_name_listed_as_a_place_stays():
    # negatives: a list of places, or a place hit a second time, are still places
    assert "Narek" in _places("Villages shelled overnight: Narek, Tegh and Khnatsakh.")
    assert "Narek" in _places("Shelled again: Narek, for the second time this week.")
