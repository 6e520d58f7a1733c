"""A town abroad where rescuers dig survivors out of a disaster's ruins is an event there (other), as a meeting is:
"pulled a boy out alive in X", "brought a woman out of the rubble in X", "digging through the ruins of X"; a town
abroad only named, or ruins only visited, is not."""

import datetime as dt

from geo.extract import extract_text


def places(text, gazetteer):
    return {e["place"]: e["layer"] for e in extract_text(text, dt.date(2023, 2, 10), gazetteer)}


def test_a_survivor_pulled_out_alive_in_a_town_abroad(gazetteer):
    text = "Our rescuers pulled a boy out alive in Malatya on Thursday, the deputy wrote."
    assert places(text, gazetteer).get("Malatya") == "other"


def test_survivors_brought_out_of_the_rubble(gazetteer):
    text = "The ministry said firemen had brought an old woman out of the rubble in Antakya."
    assert places(text, gazetteer).get("Antakya") == "other"


def test_digging_through_a_towns_ruins(gazetteer):
    text = "Reports said the volunteers had begun digging through the ruins of Malatya."
    assert "Malatya" in places(text, gazetteer)


def test_a_town_abroad_only_named_is_no_event(gazetteer):
    assert "Malatya" not in places("The minister was born in Malatya and studied law there.", gazetteer)


def test_teams_pulled_out_of_an_area_are_no_rescue(gazetteer):
    text = "Teams in Malatya were pulled out of the area when the storm began."
    assert "Malatya" not in places(text, gazetteer)
