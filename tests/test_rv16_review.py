"""Wording near the rules of the heldout161-166 rounds that they were not written for: where they misfired, and
cases they must keep (sentences written for this review)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 14)


def _events(text):
    return {e["place"]: e for e in extract_text(text, DAY)}


# a town a speaker said something in

def test_said_in_town_whose_words_name_the_town_keeps_it():
    found = _events("The mayor said in Barda that rockets struck the town and Yevlakh on Tuesday.")
    assert "Barda" in found and "Yevlakh" in found


def test_said_in_town_before_another_place_still_drops_the_town():
    found = _events("The ombudsman said in Stepanakert that Hadrut had been shelled.")
    assert "Hadrut" in found and "Stepanakert" not in found


def test_said_in_town_that_names_the_town_by_name_keeps_it():
    found = _events("The district governor said in Tartar that shells hit Tartar and Barda overnight.")
    assert found["Tartar"]["layer"] == "shelling" and "Barda" in found


def test_from_town_opening_that_names_the_town_keeps_it():
    found = _events("From Tartar, the spokesman said that shells hit Tartar and Barda.")
    assert "Tartar" in found and "Barda" in found


# border guards stationed

def test_border_guards_stationed_in_a_town_are_no_post():
    assert _events("Border guards were stationed in Yerevan during the Soviet period.")["Yerevan"]["layer"] != "checkpoints"
    found = _events("Border guards were stationed in the barracks in Ijevan for the winter.")
    assert found["Ijevan"]["layer"] != "checkpoints"


def test_border_guards_stationed_at_or_around_a_village_hold_a_post():
    assert _events("Border guards were stationed at Aygepar on Monday.")["Aygepar"]["layer"] == "checkpoints"
    found = _events("Russian border guards were stationed in and around Chinari after the shelling.")
    assert found["Chinari"]["layer"] == "checkpoints"


# traders

def test_traders_who_flee_on_keep_their_home():
    assert "Agdam" in _events("The traders from Agdam fled to Barda as the front drew near.")
    assert "Agdam" in _events("The traders from Agdam moved to Barda in 1993.")


def test_a_buyers_home_alone_is_still_no_event():
    assert "Barda" not in _events("The buyer from Barda collects the pomegranates in October.")


# a state lasting since a day

def test_state_since_a_weekday_is_not_dated_back_from_the_saying():
    found = _events("The governor said on Friday that Tartar had been shelled since Monday.")
    assert found["Tartar"]["start_date"] != "2020-10-12"


def test_state_since_a_calendar_day_keeps_that_day():
    found = _events("The prosecutor said on Friday that the accused had been refusing food since 5 April in Baku.")
    assert found["Baku"]["start_date"] == "2020-04-05"


# cases the round's rules keep

def test_artillery_units_that_shell_still_shell():
    assert _events("Armenian artillery units shelled Tartar on Tuesday, the ministry said.")["Tartar"]["layer"] == "shelling"


def test_a_barrage_of_questions_is_no_fire():
    assert _events("The minister faced a barrage of questions in Baku about Tartar.")["Tartar"]["layer"] != "shelling"


def test_kin_of_a_named_person_speak_for_themselves():
    found = _events("Ruben Vardanyan's family said he was being held in Baku.")
    assert found["Baku"]["claimed_by"] == "Ruben Vardanyan's family"


def test_said_in_town_whose_words_tell_of_the_other_town_drops_it():
    text = ("A Red Cross delegate said in Barda on Monday that he had driven into Tartar and seen houses burning "
            "outside the town.")
    found = _events(text)
    assert "Tartar" in found and "Barda" not in found
