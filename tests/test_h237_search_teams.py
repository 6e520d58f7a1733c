"""Search or rescue teams setting out towards places ("the teams set out again towards X and Y") go there to search:
the search is told at each place (layer other), no journey on a road (corridors). A convoy, buses or a group
setting out is still a journey."""

import datetime

from geo.extract import extract_text


def _layers(text, gazetteer, published="2021-01-05"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_teams_set_out_towards_places_search_there(gazetteer):
    got = _layers("The emergency service said the teams set out again on Monday towards Talish and Fuzuli.",
                  gazetteer)
    assert got.get("Talish") == "other" and got.get("Fuzuli") == "other"


def test_rescuers_set_off_for_a_town_search_there(gazetteer):
    got = _layers("Rescuers set off for Hadrut at first light to look for the missing.", gazetteer)
    assert got.get("Hadrut") == "other"


# --- near sentences where the rule must not fire ---

def test_convoy_setting_out_is_a_journey(gazetteer):
    got = _layers("The aid convoy set out towards Hadrut on Monday.", gazetteer)
    assert got.get("Hadrut") == "corridors"


def test_buses_setting_off_from_one_town_for_another_is_a_journey(gazetteer):
    got = _layers("The first buses set off from Fuzuli for Shusha in the morning.", gazetteer)
    assert got.get("Fuzuli") == "corridors" and got.get("Shusha") == "corridors"


def test_group_setting_out_from_a_town_is_a_journey(gazetteer):
    got = _layers("The group had set out from Goris by bus before dawn.", gazetteer)
    assert got.get("Goris") == "corridors"
