"""Lines about the outlet or the memo, a capital answering for its government, a body's seat and a reservoir's
background make no event; the events beside them stay. Sentences written for these tests."""

import datetime as dt

import pytest

from geo.extract import extract_text


def extract(text, gazetteer, published="2023-05-10"):
    return extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")


def places(text, gazetteer):
    return {name for c in extract(text, gazetteer) for name in c["place_name"].split(";")}


EVENT = "Shells hit Jermuk overnight, the ministry said."


# -- a capital answering for its government -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Stepanakert answered that the canal had never been closed.",
    "Baku countered that the figures were invented.",
    "Yerevan retorted that the talks had not failed.",
])
def test_a_capital_answering_is_its_government_not_a_place(gazetteer, sentence):
    assert places(f"{EVENT}\n{sentence}", gazetteer) == {"Jermuk"}


def test_a_town_answering_fire_is_still_the_place_fired_from(gazetteer):
    found = extract("Martuni answered the fire with artillery.", gazetteer)
    assert [c["place_name"] for c in found] == ["Khojavend"]


# -- the seat of a press or information centre -----------------------------------------------------

def test_the_seat_of_an_information_centre_is_no_event(gazetteer):
    text = ("Mariam Avetisyan, a spokeswoman for the government's information centre in Yerevan, told reporters "
            "that shells had hit Jermuk.")
    found = extract(text, gazetteer)
    assert {c["place_name"] for c in found} == {"Jermuk"}
    assert found[0]["layer"] == "shelling"


# -- the outlet's programme and the memo's own lines -----------------------------------------------

@pytest.mark.parametrize("line", [
    "Today's topic: the harvest in Ijevan and the new road to Dilijan.",
    "Tonight's theme: the market in Ijevan.",
])
def test_the_programme_topic_line_is_no_event(gazetteer, line):
    assert places(f"{line}\n\n{EVENT}", gazetteer) == {"Jermuk"}


def test_the_next_programme_told_mid_paragraph_is_no_event(gazetteer):
    text = (f"{EVENT}\n\nThe station will repeat the hotline number every hour. Next Friday's show will be about the "
            "harvest in Ijevan.")
    assert places(text, gazetteer) == {"Jermuk"}


def test_a_memo_subject_line_is_no_event(gazetteer):
    text = f"Subject: The Akhuryan reservoir and the new road to Gyumri\n\n{EVENT}"
    assert places(text, gazetteer) == {"Jermuk"}


def test_a_correction_of_this_page_is_no_event(gazetteer):
    text = f"{EVENT}\n\nAn earlier version of this page said the market in Kapan had closed on Monday."
    assert places(text, gazetteer) == {"Jermuk"}


# -- a reservoir's background ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Akhuryan reservoir was created in 1980 on the river that marks the border.",
    "Before the war its water irrigated some 40,000 hectares in the Tovuz and Gazakh districts.",
])
def test_when_a_reservoir_was_made_and_what_it_waters_is_no_event(gazetteer, sentence):
    assert places(f"{EVENT}\n{sentence}", gazetteer) == {"Jermuk"}


def test_what_readers_asked_about_is_no_event(gazetteer):
    text = f"{EVENT}\n\nReaders of our last issue have asked about the market in Kapan."
    assert places(text, gazetteer) == {"Jermuk"}


def test_what_readers_remember_is_still_told(gazetteer):
    text = "Readers will remember that soldiers fired on houses in Kapan last year."
    assert places(text, gazetteer) == {"Kapan"}


def test_what_a_reservoir_watered_when_it_opened_is_no_event(gazetteer):
    text = f"{EVENT}\nWhen it opened, its water irrigated about 30,000 hectares in the Tovuz and Gazakh districts."
    assert places(text, gazetteer) == {"Jermuk"}


def test_a_plant_s_capacity_is_no_event(gazetteer):
    assert places(f"{EVENT}\nThe Akhuryan reservoir has a capacity of 525 million cubic metres.", gazetteer) == {"Jermuk"}
