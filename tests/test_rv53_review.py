"""Sentences worded apart from the sets the latest rules came from: where they should fire and where they must not."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2020-10-20"):
    return {e["place"]: e for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


# --- a lone "he" saying ..., and a closing wire the actor table does not file ---

def test_he_saying_then_closing_wire_is_the_speaker_before(gazetteer):
    got = _events("President Aliyev spoke on Sunday. Later he went on, saying his troops had taken Hadrut, "
                  "Reuters reported.", gazetteer)
    assert got["Hadrut"]["claimed_by"] == "Azerbaijani presidency (Ilham Aliyev)"


def test_private_speaker_then_closing_wire_stays_the_wire(gazetteer):
    got = _events("She was wounded in Martuni, saying nothing, Reuters reported.", gazetteer)
    assert got["Martuni"]["claimed_by"] == "Reuters"


# --- teams setting out: a search where they go, but a journey from a place is still a journey ---

def test_team_setting_off_from_a_town_by_bus_travels(gazetteer):
    got = _events("The team set off from Stepanakert to Goris by bus.", gazetteer)
    assert got["Stepanakert;Goris"]["layer"] == "corridors"


def test_volunteers_setting_off_with_aid_travel(gazetteer):
    got = _events("Volunteers set off from Goris for Stepanakert with aid.", gazetteer)
    assert got["Goris;Stepanakert"]["layer"] == "corridors"


def test_rescue_teams_setting_out_towards_villages_search_there(gazetteer):
    got = _events("Rescue teams set out towards Martuni and Talish at dawn to look for the missing.", gazetteer)
    assert got["Martuni"]["layer"] == "other" and got["Talish"]["layer"] == "other"


# --- raiders who broke into a place raided it, but "broke into tears" or "into song" is no raid ---

def test_commandos_who_broke_into_tears_raided_nothing(gazetteer):
    got = _events("The commandos broke into tears at Hadrut.", gazetteer)
    assert got["Hadrut"]["layer"] == "other"


def test_raiders_who_broke_into_song_raided_nothing(gazetteer):
    got = _events("The raiders broke into song at Martuni.", gazetteer)
    assert got["Martuni"]["layer"] == "other"


def test_saboteurs_who_broke_into_a_village_and_killed_raided_it(gazetteer):
    got = _events("Saboteurs broke into Talish overnight and killed two civilians, the ministry said.", gazetteer)
    assert got["Talish"]["layer"] == "shelling"


# --- "Last Friday" before a subject with "the" is the day, no part of the subject ---

def test_last_friday_the_ministry_is_no_claimant_of_its_own(gazetteer):
    got = _events("Last Friday the ministry said Armenian forces had shelled Tartar.", gazetteer)
    assert got["Tartar"]["claimed_by"] == "" and str(got["Tartar"]["start_date"]) == "2020-10-16"


def test_last_friday_the_ministry_is_the_ministry_heard_before(gazetteer):
    got = _events("The Azerbaijani defence ministry published new figures. Last Friday the ministry said Armenian "
                  "forces had shelled Tartar.", gazetteer)
    assert got["Tartar"]["claimed_by"] == "Azerbaijani MoD"
