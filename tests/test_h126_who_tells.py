"""Who tells it, from heldout126: "by the count of" a body is its account; a reporter named after his role, or an
agency the actor table knows, who "saw" something tells it; a channel named after its kind, set off by commas, is
"the channel" further on, and its name is no place; an outlet's home in an apposition ("Turan, the agency in Baku,")
is no event."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 1, 23)


def _rows(text):
    return extract_text(text, DAY)


def _claimants(text, place):
    return [e["claimed_by"] for e in _rows(text) if place in e["place"].split(";")]


def _places(text):
    return {name for e in _rows(text) for name in e["place"].split(";")}


# by the count of a body

def test_by_the_count_of_a_body_is_its_claim():
    assert _claimants("By the count of the Armenian authorities, 900 shells fell on Kapan in the first week.",
                      "Kapan") == ["Armenian government"]


def test_by_the_count_of_the_dead_names_no_one():
    assert _claimants("By the count of the dead, the shelling of Kapan on Monday was the worst.", "Kapan") == [""]


# eyewitness reports

def test_correspondent_named_after_the_role_who_saw_tells_it():
    assert _claimants("The Armenpress correspondent Lilit Harutyunyan saw soldiers guarding a new checkpoint "
                      "outside Berdzor on Monday.", "Berdzor") == ["Lilit Harutyunyan"]


def test_agency_that_saw_tells_it():
    # an agency the actor table knows (Reuters is not there: older sets file "a Reuters reporter" as the reporter)
    assert _claimants("On Monday the Associated Press saw soldiers guarding a new checkpoint outside Berdzor.",
                      "Berdzor") == ["Associated Press"]


def test_a_person_who_saw_is_no_agency():
    assert _claimants("On Monday Narek saw soldiers guarding a new checkpoint outside Berdzor.", "Berdzor") == [""]


# a channel named after its kind

CHANNEL = ("A Telegram channel, Lori 7, says the two governments are talking about reopening the road.\n"
           "Since the handover, the channel adds, the road from Vardenis to Kalbajar has carried nobody.\n")


def test_channel_name_set_off_by_commas_is_no_place():
    assert "Lori Province" not in _places(CHANNEL) and "Lori" not in _places(CHANNEL)


def test_the_channel_further_on_is_the_one_named():
    assert _claimants(CHANNEL, "Vardenis") == ["Lori 7"]


def test_a_place_after_channel_that_is_the_scene_stays():
    assert "Kapan" in _places("The state channel showed Kapan shelled on Monday.")


# an outlet's home

def test_agency_s_home_in_an_apposition_is_no_event():
    assert "Baku" not in _places("Trend, the agency in Baku, wrote that Armenian units had fired on Tartar.")


def test_fire_on_an_agency_in_a_town_keeps_the_town():
    assert "Baku" in _places("A drone hit the agency in Baku on Monday.")
