"""Layers of road news: troops who block a road close it (a corridor), while residents or protesters who block it
hold a blocking point; a road someone toured is the way of a visit, not news of the road."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2022, 5, 10))


@pytest.mark.parametrize("text, site", [
    ("Around forty soldiers blocked the highway near Sisian late on Tuesday, a local official said.", "Sisian"),
    ("The mayor said enemy troops were still blocking the road near Kornidzor on Wednesday.", "Kornidzor"),
    ("Witnesses say Azerbaijani servicemen blocked the main road near Tegh before dawn.", "Tegh"),
])
def test_troops_who_block_a_road_close_it(gazetteer, text, site):
    found = layers(text, gazetteer)
    assert found.get(site) == "corridors", found


@pytest.mark.parametrize("text, site", [
    ("Angry residents blocked the highway near Sisian late on Tuesday, a local official said.", "Sisian"),
    ("Protesters were still blocking the road near Kornidzor on Wednesday.", "Kornidzor"),
])
def test_residents_who_block_a_road_hold_a_blocking_point(gazetteer, text, site):
    found = layers(text, gazetteer)
    assert found.get(site) == "checkpoints", found


@pytest.mark.parametrize("text", [
    "A group of deputies toured the road through Sisian and Tegh on Saturday.",
    "The delegation toured sections of the highway on Monday, passing through Sisian and Tegh.",
])
def test_a_road_toured_is_the_way_of_a_visit(gazetteer, text):
    found = layers(text, gazetteer)
    assert found.get("Sisian") == "other" and found.get("Tegh") == "other", found


def test_a_road_toured_and_found_closed_is_still_closed(gazetteer):
    found = layers("The deputies toured the road on Friday and found it closed near Sisian.", gazetteer)
    assert found.get("Sisian") == "corridors", found


@pytest.mark.parametrize("text", [
    "In older Russian maps Sisian is spelled Sisiyan and Tegh is written Tekh.",
    "Sisian is also transliterated as Sisyan in some English sources.",
])
def test_a_note_on_how_a_name_is_spelt_is_no_event(gazetteer, text):
    assert layers(text, gazetteer) == {}


def test_a_spelling_aside_leaves_the_event_of_its_sentence(gazetteer):
    found = layers("Soldiers shelled Tegh, which is written Tekh in Azerbaijani, on Monday.", gazetteer)
    assert found.get("Tegh") == "shelling", found


@pytest.mark.parametrize("text", [
    "The minister says the closure breaks the agreements reached between Yerevan and Baku.",
    "A deal struck between Baku and Yerevan last year has not been kept, the ministry said.",
])
def test_capitals_as_parties_to_a_deal_are_no_places(gazetteer, text):
    found = layers(text, gazetteer)
    assert "Yerevan" not in found and "Baku" not in found, found


@pytest.mark.parametrize("text, site, layer", [
    ("The convoy reached Yerevan on Monday.", "Yerevan", "corridors"),
    ("Rockets struck Stepanakert overnight.", "Stepanakert", "shelling"),
])
def test_an_arrival_or_a_strike_at_a_capital_stays_a_place(gazetteer, text, site, layer):
    assert layers(text, gazetteer).get(site) == layer


@pytest.mark.parametrize("text", [
    "[41:05] Listener question: is it still safe to drive to Sisian at night?",
    "21:40 - Reader question: can lorries still get through to Sisian this week?",
])
def test_a_listeners_question_after_a_timestamp_reports_nothing(gazetteer, text):
    assert layers(text, gazetteer) == {}


def test_villages_that_still_have_no_road_are_a_state(gazetteer):
    text = "She said the villages of Tegh and Khndzoresk still have no decent road of their own, only a dirt track."
    assert layers(text, gazetteer) == {}


def test_a_road_lost_to_shelling_is_still_told(gazetteer):
    found = layers("Tegh has no paved road since the bridge was destroyed by shelling.", gazetteer)
    assert found.get("Tegh") == "shelling", found


def test_a_firms_customers_asking_report_nothing(gazetteer):
    text = "Several guests booked on our tours have written to ask whether the road south of Sisian is safe."
    assert layers(text, gazetteer) == {}


@pytest.mark.parametrize("text", [
    "The police moved all civilians, local and foreign, out of a stretch around Tegh.",
    "Rescuers moved 200 people out of Tegh overnight.",
])
def test_people_moved_out_of_a_place_are_evacuated(gazetteer, text):
    assert layers(text, gazetteer).get("Tegh") == "other"


def test_people_moved_to_a_place_still_travel(gazetteer):
    assert layers("The army moved 2,000 people to the bridge at Tegh.", gazetteer).get("Tegh") == "corridors"


@pytest.mark.parametrize("text", [
    "According to the ministry, the checks took place on the part of the road near Tegh.",
    "The checks were carried out near Sisian, the police said.",
])
def test_checks_said_to_take_place_at_a_place_are_a_checkpoint(gazetteer, text):
    assert "checkpoints" in layers(text, gazetteer).values()
