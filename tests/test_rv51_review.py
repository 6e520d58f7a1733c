"""Sentences worded unlike the sets the rules came from: each must fire the rule it names, or must not."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 7, 10)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


# fire told with the day between the verb and where it came from

def test_fired_on_a_day_from_positions_near_a_place():
    assert _layers("Azerbaijani units fired late on Tuesday from positions near Zod.") == {"Zod": "shelling"}


def test_fired_on_a_day_from_a_place_named_alone_at_posts():
    assert _layers("Azerbaijani troops fired early on Sunday from Kalbajar at Armenian posts.") == {
        "Kalbajar": "shelling"}


def test_fired_on_a_day_from_the_direction_of_a_village():
    assert _layers("Azerbaijani units fired late on Tuesday from the direction of Zod.") == {"Zod": "shelling"}


def test_deputies_fired_on_a_day_from_a_council_are_no_fire():
    assert _layers("The mayor fired late on Monday from the council of Goris two deputies.") == {"Goris": "other"}


def test_workers_fired_on_a_day_from_a_plant_are_no_fire():
    assert _layers("The owner, who fired late on Friday from the plant in Kapan some sixty workers, refused to "
                   "comment.") == {"Kapan": "other"}


def test_miners_fired_on_a_day_from_a_copper_plant_are_no_fire():
    assert _layers("Dozens of miners fired late on Friday from the Kapan copper plant marched in protest.") == {
        "Kapan": "other"}


def test_a_goalkeeper_fired_on_a_day_from_a_squad_is_no_fire():
    assert _layers("The club fired late on Sunday from the squad in Goris its goalkeeper.") == {"Goris": "other"}
