"""Faults a round-up's paragraph meets whatever names its place ("In X, ..." or a heading): a vague time of a calm
clause yields to the day the event's clause states; a community's unnamed head speaks as local officials; a
village's own road to its cemetery, church or school is no route."""

import datetime as dt

import pytest

from geo.extract import extract_text

PUBLISHED = dt.date(2019, 9, 20)


def _events(text):
    return extract_text(text, PUBLISHED, source="t.txt")


def _one(text, place):
    return next(c for c in _events(text) if c["place_name"] == place)


@pytest.mark.parametrize("text, place, day", [
    ("In Aygepar the fields were quiet last week, farmers said, but the barn that was hit by shelling on 3 May is "
     "still unrepaired.", "Aygepar", "2019-05-03"),
    ("In Movses the school was calm this week, teachers said, but the water tank that burst under fire on the night "
     "of 2 August was mended only in September.", "Movses", "2019-08-02"),
])
def test_calm_clause_time_yields_to_the_event_day(text, place, day):
    assert _one(text, place)["start_date"] == day


@pytest.mark.parametrize("text, place, text_of_date", [
    # the vague time stays when its own clause tells the event
    ("Shells fell on Aygepar this week, farmers said, but the harvest festival of 3 May went ahead.",
     "Aygepar", "this week"),
    ("Aygepar came under fire last week, farmers said, but the fair planned for 3 May will go ahead.",
     "Aygepar", "last week"),
])
def test_event_clause_keeps_its_vague_time(text, place, text_of_date):
    assert _one(text, place)["date_text"] == text_of_date


@pytest.mark.parametrize("text, place", [
    ("Bullets hit two roofs in Chinari overnight, the head of the community said.", "Chinari"),
    ("The head of the village said a shell had landed near the school in Movses.", "Movses"),
    ("In Berdavan, the water supply failed again on Sunday, the deputy head of the local community told reporters.",
     "Berdavan"),
])
def test_unnamed_community_head_is_local_officials(text, place):
    assert _one(text, place)["claimed_by"] == "local officials"


@pytest.mark.parametrize("text, place", [
    ("In Aygepar, the villagers have asked for the church road to be paved before winter.", "Aygepar"),
    ("Residents of Movses want the road leading to the school repaired before autumn.", "Movses"),
    ("In Berdavan the road to the old cemetery was washed out by the rains, the mayor said.", "Berdavan"),
])
def test_village_road_to_its_own_site_is_no_route(text, place):
    assert _one(text, place)["layer"] == "other"


def test_road_to_a_town_stays_a_route():
    assert "corridors" in {c["layer"] for c in _events("Residents of Movses want the road to Ijevan paved before "
                                                        "autumn.")}
