"""An offensive named only to tell the day ("on 3 May, the day the offensive began, ...") is no fire at the place."""

import datetime

from geo.extract import extract_text

PUBLISHED = datetime.date(2024, 5, 10)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, PUBLISHED)}


def test_day_the_offensive_began_is_only_a_date():
    text = ("On 3 May, the day the offensive began, the people of Khramort and Sarnaghbyur were taken away from "
            "their villages, the governor said at the time.")
    layers = _layers(text)
    assert layers["Khramort"] == "other" and layers["Sarnaghbyur"] == "other"


def test_day_the_assault_started_is_only_a_date():
    text = "On 3 May, the day the assault started, the villagers of Khramort were evacuated, the governor said."
    assert _layers(text)["Khramort"] == "other"


def test_offensive_at_the_place_stays_fire():
    assert _layers("On 3 May the offensive began at Khramort, an official said.")["Khramort"] == "shelling"


def test_shelling_of_the_place_named_in_the_day_stays_fire():
    text = "On 3 May, the day the shelling of Khramort began, the families were moved out."
    assert _layers(text)["Khramort"] == "shelling"
