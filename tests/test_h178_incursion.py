"""An armed group's try to cross the line that ends in deaths, and an armed incident at a place, are fighting there."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2019, 3, 12)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_group_tried_to_slip_across_with_deaths_is_fighting():
    text = ("The ministry said that a hostile group had tried to slip across the border east of Berdavan "
            "before dawn, and that two conscripts had died driving it back.")
    assert _layers(text)["Berdavan"] == "shelling"


def test_group_tried_to_cross_line_men_killed_is_fighting():
    text = "Last spring a foreign unit tried to cross the line in the Tovuz district and three of its men were killed."
    assert _layers(text)["Tovuz"] == "shelling"


def test_try_to_cross_that_turned_back_is_not_fighting():
    text = ("The ministry said that foreign servicemen had tried to cross the border near Berdavan in a jeep, "
            "were warned, and went back.")
    assert _layers(text).get("Berdavan") != "shelling"


def test_refugees_trying_to_cross_are_not_fighting():
    text = "Refugees tried to cross the border near Berdavan, and two of them died of cold."
    assert _layers(text).get("Berdavan") != "shelling"


def test_armed_incident_near_place_is_fighting():
    text = "The bloc's secretary general called the armed incident near Berdavan a provocation."
    assert _layers(text)["Berdavan"] == "shelling"


def test_traffic_incident_near_place_is_not_fighting():
    text = "The police said a traffic incident near Berdavan had held up the buses for an hour."
    assert _layers(text).get("Berdavan") != "shelling"
