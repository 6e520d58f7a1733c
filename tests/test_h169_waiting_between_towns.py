"""People who waited between two towns waited on the road that links them: the route's, as a vehicle waiting there
is (rule read off heldout169's misses; the older sets file people stuck or stranded between two towns on the
corridors layer, 5 of 5)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 12, 13)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_people_waiting_between_two_towns_are_on_the_road():
    layers = _layers("Dozens of people waited for six hours between Stepanakert and Shushi on Monday.")
    assert layers and set(layers.values()) == {"corridors"}


def test_cars_waiting_between_two_towns_are_on_the_road():
    layers = _layers("Cars waited for hours between Stepanakert and Shushi.")
    assert layers and set(layers.values()) == {"corridors"}


def test_families_waiting_in_a_town_are_no_route():
    assert _layers("Families waited in Goris for news of their relatives.") == {"Goris": "other"}


def test_a_crowd_gathered_between_two_towns_is_no_wait_on_the_road():
    assert set(_layers("Protesters gathered between Stepanakert and Shushi.").values()) == {"other"}
