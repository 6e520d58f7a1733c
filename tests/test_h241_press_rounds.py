"""Stories passed round a side's press as the subject ("Stories went round the Armenian press that ...", "Reports
circulated in the Azerbaijani media that ...") are that press's telling: the claimant of what follows. Stories told
round a place or by no press, and a press that only travels, name no claimant."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2022-11-23"):
    return extract_text(text, datetime.date.fromisoformat(published), gazetteer)


def _claim(events, place):
    return [e["claimed_by"] for e in events if place in e["place"].split(";")]


def test_stories_round_the_armenian_press(gazetteer):
    events = _events("Stories went round the Armenian press that week that Azerbaijani units were moving closer "
                     "to Tegh.", gazetteer)
    assert _claim(events, "Tegh") == ["Armenian media"]


def test_reports_circulating_in_the_azerbaijani_media(gazetteer):
    events = _events("Reports circulating in the Azerbaijani media said Armenian forces had shelled Tovuz.", gazetteer)
    assert _claim(events, "Tovuz") == ["Azerbaijani media"]


# --- near sentences where the rule must not fire ---

def test_stories_round_a_village(gazetteer):
    events = _events("Stories went round Tegh that the shop had closed.", gazetteer)
    assert _claim(events, "Tegh") in ([], [""])


def test_stories_of_the_war_round_a_village(gazetteer):
    events = _events("Stories of the old war went round the village of Tegh for years.", gazetteer)
    assert "Armenian media" not in _claim(events, "Tegh")


def test_press_that_travels(gazetteer):
    events = _events("The press went to Tegh on Monday after the shelling.", gazetteer)
    assert "Armenian media" not in _claim(events, "Tegh")
