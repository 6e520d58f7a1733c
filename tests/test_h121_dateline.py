"""Places that only name something: where an outlet reported from (near it, or with the day between)."""
import datetime as dt

from geo.extract import extract_text


def _places(text):
    return {name for e in extract_text(text, dt.date(2023, 9, 27)) for name in e["place"].split(";")}


def test_reported_from_near_a_town_with_the_day_between_is_the_dateline():
    text = ("RIA reported from near Goris yesterday that hundreds of cars were waiting to cross the Hakari bridge "
            "into Armenia.")
    assert "Goris" not in _places(text)


def test_reported_from_a_town_that_the_town_was_shelled_stays():
    # negative case: the words tell of the town itself
    text = "RIA reported from Martakert yesterday that the town had been shelled overnight."
    assert "Martakert" in _places(text)

