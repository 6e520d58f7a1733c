"""Layers at border crossings: works on a crossing's post or its readiness are the checkpoint's news; a gate at a
crossing said to be closed is its checkpoint; a meeting held at a crossing is the meeting's news, not the post's.
And arrivals who register at a town are received there, not on a way."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import place_layers

layers = partial(place_layers, published=dt.date(2024, 5, 1))


@pytest.mark.parametrize("text, place", [
    ("The works at Upper Lars will be completed within a month, the ministry said.", "Upper Lars"),
    ("The governor inspected the repair works at the Alican border gate on Monday.", "Alican border gate"),
    ("Yerevan spent 2 billion drams on rebuilding Margara, an official said.", "Margara"),
    ("The construction at Margara was finished last week, the minister said.", "Margara"),
    ("Workers rebuilt the Soviet-era customs sheds at Norduz, an official said.", "Norduz"),
    ("Ankara has said nothing about the readiness of its own post at Alican.", "Alican border gate"),
    ("A customs spokesman said on Monday that Margara was ready for operation.", "Margara"),
])
def test_works_on_a_crossing_or_its_readiness_are_the_checkpoints(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) == "checkpoints", layers(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    ("Builders rebuilt the old houses in Margara after the flood.", "Margara"),
    ("Margara is ready to welcome the guests, the mayor said.", "Margara"),
    ("A school was rebuilt in Goris last year.", "Goris"),
])
def test_works_on_a_village_or_people_ready_are_no_checkpoint(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) != "checkpoints", layers(text, gazetteer)


def test_a_gate_at_a_crossing_said_closed_is_its_checkpoint(gazetteer):
    text = "The winter passed with the gate at Margara still closed."
    assert layers(text, gazetteer).get("Margara") == "checkpoints", layers(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    ("The special envoys of Georgia and Russia held their third meeting on Friday at the Upper Lars crossing.",
     "Upper Lars"),
    ("The two deputy ministers met on Monday at the Norduz checkpoint.", "Norduz"),
])
def test_a_meeting_held_at_a_crossing_is_the_meetings(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) == "other", layers(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    ("Officials met this week to discuss the reconstruction of the Norduz crossing point.", "Norduz"),
    ("Lorries queued for hours at the Norduz checkpoint after the talks collapsed.", "Norduz"),
])
def test_a_crossing_spoken_of_or_queued_at_stays_the_checkpoints(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) == "checkpoints", layers(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    ("We spent the afternoon in Kapan, where every family arriving from Karabakh has to register.", "Kapan"),
    ("Every family arriving from Karabakh has to register in Sisian before going on.", "Sisian"),
])
def test_arrivals_registering_at_a_town_are_received_there(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) == "other", layers(text, gazetteer)


def test_arrivals_with_no_registration_are_still_on_their_way(gazetteer):
    text = "Buses arriving from Stepanakert reached Goris on Monday."
    assert layers(text, gazetteer).get("Stepanakert;Goris") == "corridors", layers(text, gazetteer)
