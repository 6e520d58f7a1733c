"""A rally, protest or march "in" a town outside the two countries is a gathering there, as a meeting is; and aid
gathered for the war in such a town ("the food collected in X", "people in X gathering flour and medicine") is news
there, as a fund-raiser held in it is."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2020, 10, 20)


def _events(text):
    return {e["place"]: e for e in extract_text(text, _DAY)}


def test_a_rally_in_a_georgian_town_is_a_gathering_there():
    events = _events("On Sunday there was a large rally in Rustavi for the soldiers at the front.")
    assert events["Rustavi"]["layer"] == "other" and str(events["Rustavi"]["start_date"]) == "2020-10-18"


def test_protests_in_a_town_abroad_are_a_gathering_there():
    assert _events("There were protests in Batumi on Sunday against the war.")["Batumi"]["layer"] == "other"


def test_a_town_abroad_named_with_no_gathering_stays_out():
    assert "Rustavi" not in _events("A singer from Rustavi released a song about the rally.")


def test_people_of_two_georgian_towns_gathering_food_is_news_in_both():
    events = _events("On Sunday people in Gori and Borjomi spent hours gathering flour, blankets and medicine "
                     "for the families.")
    assert {"Gori", "Borjomi"} <= set(events)
    assert all(events[p]["layer"] == "other" for p in ("Gori", "Borjomi"))


def test_the_food_collected_in_a_town_abroad_is_news_there():
    assert _events("The food collected in Batumi left by lorry on Monday.")["Batumi"]["layer"] == "other"


def test_a_town_where_people_only_live_stays_out():
    assert "Gori" not in _events("People in Gori say the winter will be long.")
