"""A road named only as the condition a future step waits for ("the road would stay closed until the X road was open
again", "we will not send the parcels until the X corridor reopens") tells nothing of that road: no event on it. A
road that reopened on a day, or one blocked until something, stays."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2022-12-21"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_closed_road_waits_for_another_to_open(gazetteer):
    got = _places("The mayor said the Goris–Kapan road would stay shut until the Lachin road was open again.",
                  gazetteer)
    assert "Lachin corridor" not in got and "Lachin" not in got and got.get("Goris") == "corridors"


def test_parcels_wait_for_the_corridor(gazetteer):
    assert _places("We will not send the parcels until the Lachin corridor reopens.", gazetteer) == {}


def test_trip_put_off_until_the_road_opens_again(gazetteer):
    assert _places("The choir will stay home until the Lachin road opens again.", gazetteer) == {}


# --- near sentences where the rule must not fire ---

def test_road_reopened_on_a_day_stays(gazetteer):
    assert "Lachin" in _places("Lorries waited at the border until the Lachin road reopened on Monday.", gazetteer)


def test_road_open_again_is_news(gazetteer):
    assert "Lachin" in _places("The Lachin road was open again on Friday.", gazetteer)


def test_road_blocked_until_a_demand_stays(gazetteer):
    assert "Lachin" in _places("Protesters said they would block the Lachin road until the government resigned.",
                               gazetteer)
