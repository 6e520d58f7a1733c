"""Claimants read past what only opens the sentence: a time told back ("Back in May") and a title's owner before
the person's name ("Armenia's president, X, ..., his office said")."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2021-09-14"):
    return {e["place"]: e for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


# --- "Back in <month or year>" before the subject is the time, no part of the speaker ---

def test_back_in_a_month_before_a_named_ministry(gazetteer):
    got = _events("Back in March Azerbaijan's defence ministry said that mortar rounds landed in Tartar.", gazetteer)
    assert got["Tartar"]["claimed_by"] == "Azerbaijani MoD"


def test_back_in_a_year_before_the_subject(gazetteer):
    got = _events("Back in 2019 the Armenian defence ministry reported that a shell hit Berd.", gazetteer)
    assert got["Berd"]["claimed_by"] == "Armenian MoD"


def test_back_in_a_month_and_year_keeps_the_speaker_named_before(gazetteer):
    got = _events("The Armenian defence ministry spoke of new fire. Back in June 2021 the ministry said that "
                  "a shell hit Berd.", gazetteer)
    assert got["Berd"]["claimed_by"] == "Armenian MoD"
    assert "Back" not in got["Berd"]["claimed_by"]


def test_back_in_a_place_is_no_time(gazetteer):
    # "Back in the village" opens with a place, not a time: the speaker is the mayor as before
    got = _events("Back in the village, the mayor said a shell hit Berd.", gazetteer)
    assert got["Berd"]["claimed_by"] == "local officials"


def test_back_with_no_time_after_it_changes_nothing(gazetteer):
    got = _events("Back home, Armenia's defence ministry said that a shell hit Berd.", gazetteer)
    assert got["Berd"]["claimed_by"] == "Armenian MoD"


def test_in_a_month_is_read_as_before(gazetteer):
    got = _events("In March the Armenian defence ministry said that a shell hit Berd.", gazetteer)
    assert got["Berd"]["claimed_by"] == "Armenian MoD"


# --- "his office said" after a title's owner: the person named after the title ---

def test_day_then_nation_s_president_named_then_his_office(gazetteer):
    got = _events("On Tuesday Azerbaijan's president, Ilham Aliyev, laid a wreath in Shusha, his office said.",
                  gazetteer)
    assert got["Shusha"]["claimed_by"] == "Azerbaijani presidency (Ilham Aliyev)"


def test_nation_s_prime_minister_named_then_his_office(gazetteer):
    got = _events("Armenia's prime minister, Nikol Pashinyan, toured Goris, his office said.", gazetteer)
    assert got["Goris"]["claimed_by"] == "Armenian PM (Nikol Pashinyan)"


def test_person_named_first_then_his_office_is_read_as_before(gazetteer):
    got = _events("Ilham Aliyev laid a wreath in Shusha on Tuesday, his office said.", gazetteer)
    assert got["Shusha"]["claimed_by"] == "Azerbaijani presidency (Ilham Aliyev)"


def test_a_ministry_s_office_is_no_person_s(gazetteer):
    # no person named: "his office" finds no one, and no garbled owner is made of the opening words
    got = _events("On Tuesday Armenia's ministry opened a school in Goris, his office said.", gazetteer)
    assert "'s's" not in got["Goris"]["claimed_by"] and "Tuesday" not in got["Goris"]["claimed_by"]
