"""Sentences worded apart from the sets the latest rules came from: fire with the day between the verb and a kiln
or a place's staff, people moved under guard or herds driven through districts, an outlet's column named bare,
posts that tend or serve people, and staples whose own arrival is told."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 2, 14)      # a Wednesday


def _events(text, gazetteer):
    return {e["place"]: e for e in extract_text(text, DAY, gazetteer)}


def _layers(text, gazetteer):
    return {name: e["layer"] for e in extract_text(text, DAY, gazetteer) for name in e["place"].split(";")}


# fire with the day between the verb and the target

def test_fired_overnight_on_a_weekday_at_a_village(gazetteer):
    e = _events("Azerbaijani forces fired overnight on Monday at the village of Sotk, the Armenian defence ministry "
                "said.", gazetteer)["Sotk"]
    assert (e["layer"], e["start_date"]) == ("shelling", "2024-02-12")


def test_a_kiln_fired_on_a_weekday_is_no_fire(gazetteer):
    found = _events("The pottery workshop in Shusha was firing early on Tuesday at its new kiln, Azertac reported.",
                    gazetteer)
    assert all(e["layer"] != "shelling" for e in found.values()), found


def test_staff_fired_at_a_town_on_a_weekday_is_no_fire(gazetteer):
    found = _events("The coach fired late on Friday at Goris the team's goalkeeper, a club statement said.", gazetteer)
    assert all(e["layer"] != "shelling" for e in found.values()), found


def test_fire_at_its_positions_on_a_weekday_stays_fire(gazetteer):
    # (near: "its" positions are the speaker's, still a target)
    e = _events("Armenian forces fired late on Monday at its positions in Tovuz, the Azerbaijani army said.",
                gazetteer)["Tovuz"]
    assert (e["layer"], e["start_date"]) == ("shelling", "2024-02-12")
