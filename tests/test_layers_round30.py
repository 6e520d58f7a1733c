"""Layers, round 30: a harm told before the fire that caused it ("X is without power after a drone hit ..."); a
shell by what it did after an adverb; places listed after a verb of attack; the sides accusing each other of a
breach; captives handed over at a crossing; patients or goods being taken from one town to another."""

import datetime as dt
from functools import partial

import pytest

from geo.extract import extract_text
from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2022, 9, 20))


@pytest.mark.parametrize("text, place", [
    ("Half of Sisian has had no electricity since a drone hit the power station on Monday.", "Sisian"),
    ("Gas supply to Vardenis was interrupted after shelling damaged the main line.", "Vardenis"),
    ("Families in Khachik spent the night in basements because of mortar fire.", "Khachik"),
    ("Much of Berd is without water after a strike wrecked the pumping station, the mayor said.", "Berd"),
])
def test_a_harm_caused_by_fire_is_fire_at_the_place(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) == "shelling"


def test_fire_named_only_to_date_a_gathering_is_still_no_fire_there(gazetteer):
    found = layers("Residents of Goris gathered in the square the day after the shelling began.", gazetteer)
    assert found.get("Goris") == "other", found


@pytest.mark.parametrize("text", [
    "A shell then crashed through the roof of a house in Chinari.",
    "A shell also pierced a water tank in Chinari.",
])
def test_a_shell_by_what_it_did(gazetteer, text):
    assert layers(text, gazetteer).get("Chinari") == "shelling"


def test_every_village_listed_after_a_verb_of_attack_is_kept(gazetteer):
    found = layers("Police say drones attacked Jermuk, Sotk and Kapan overnight.", gazetteer)
    assert {p: found.get(p) for p in ("Jermuk", "Sotk", "Kapan")} == dict.fromkeys(("Jermuk", "Sotk", "Kapan"),
                                                                                   "shelling"), found


def test_sides_accusing_each_other_of_a_breach_report_fire(gazetteer):
    found = layers("The two sides accused one another of violating it near Khachik.", gazetteer)
    assert found.get("Khachik") == "shelling", found


@pytest.mark.parametrize("text", [
    "The remains of four soldiers were handed over at the Margara crossing on Tuesday.",
    "Azerbaijan handed back three detainees at the border post near Margara, with Russian mediation.",
])
def test_captives_handed_over_at_a_crossing_are_an_exchange(gazetteer, text):
    found = layers(text, gazetteer)
    assert found and set(found.values()) == {"other"}, found


def test_a_crossing_opened_is_still_a_checkpoint(gazetteer):
    found = layers("The Margara crossing was opened for aid lorries on Tuesday.", gazetteer)
    assert set(found.values()) == {"checkpoints"}, found


@pytest.mark.parametrize("text", [
    "Volunteers are taking the wounded from Martuni to a hospital in Goris.",
    "An ambulance waited at the bridge before carrying two patients from Martakert to a clinic in Goris.",
])
def test_a_transfer_told_in_the_present_is_a_route(gazetteer, text):
    found = extract_text(text, dt.date(2022, 9, 20), gazetteer)
    assert [c["layer"] for c in found] == ["corridors"], found
    assert found[0]["place_name"].endswith(";Goris"), found


@pytest.mark.parametrize("text", [
    "Medics transferred six patients from the district hospital in Martakert to Goris overnight.",
    "A convoy evacuated the sick from the children's clinic in Martakert to a hospital in Goris.",
])
def test_a_transfer_from_a_hospital_in_a_town_starts_there(gazetteer, text):
    found = extract_text(text, dt.date(2022, 9, 20), gazetteer)
    assert [(c["place_name"], c["layer"]) for c in found] == [("Martakert;Goris", "corridors")], found


@pytest.mark.parametrize("text", [
    "Three injured firefighters were airlifted to Yerevan on Tuesday.",
    "The pilot was flown straight to a hospital in Yerevan.",
    "The remains of the two shepherds were taken back to Sisian for burial.",
])
def test_people_flown_or_the_dead_taken_to_a_place_went_by_a_route(gazetteer, text):
    assert set(layers(text, gazetteer).values()) == {"corridors"}


def test_a_detainee_taken_to_a_city_is_no_route(gazetteer):
    found = layers("The driver was detained at the post and taken to Ganja for questioning.", gazetteer)
    assert found.get("Ganja") != "corridors", found


def test_a_bypass_as_a_road_is_a_route(gazetteer):
    found = layers("Work on a bypass from Tatev to Kapan is to begin in the spring.", gazetteer)
    assert set(found.values()) == {"corridors"}, found


@pytest.mark.parametrize("text, harmed, hit", [
    # the fire fell at the place named after it; the harmed town only suffers its effect
    ("Meghri is without power after a drone hit the substation in Agarak.", "Meghri", "Agarak"),
    ("Families in Noyemberyan are sheltering in basements because of shelling in Voskepar.", "Noyemberyan",
     "Voskepar"),
])
def test_a_harm_caused_by_fire_at_another_place_is_no_fire_at_the_harmed_one(gazetteer, text, harmed, hit):
    found = layers(text, gazetteer)
    assert found.get(hit) == "shelling" and found.get(harmed) == "other", found


def test_a_harm_caused_by_fire_on_the_same_town_named_again_is_fire_there(gazetteer):
    found = layers("Sisian has had no water since shelling hit Sisian's pumping station.", gazetteer)
    assert found.get("Sisian") == "shelling", found


@pytest.mark.parametrize("text, place", [
    ("The Turkish post at Sarpi waved only lorries through for a month.", "Sarpi"),
    ("Travellers walk the last metres between our post and the Georgian post at Lagodekhi.", "Lagodekhi"),
    ("Minibuses were turned back by the Russian guards at Upper Lars.", "Upper Lars"),
])
def test_a_sides_post_or_guards_at_a_town_is_a_checkpoint_there(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) == "checkpoints"


def test_soldiers_at_a_sides_post_are_no_crossing(gazetteer):
    assert layers("Soldiers at the Georgian post at Lagodekhi said they had heard shots.", gazetteer).get(
        "Lagodekhi") != "checkpoints"
