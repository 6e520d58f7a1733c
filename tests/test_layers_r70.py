"""Layers of a village stormed, burnt down or surrounded, and of men carried off to a town: troops that stormed a
village or a village said to have been burnt down is an attack there (shelling), as older sets file the storming of
a town; troops that surrounded a village, stood around it or took up positions around it cut it off (checkpoints),
unless fire or fighting is told with it (an assault), a place "surrounded by" hills is only described, and the ground
around a lake is an advance; and men taken prisoner and carried off to a town, or driven to one where they were held,
are held there (other), not on a journey along a route."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(1992, 3, 2))


def test_troops_stormed_a_village(gazetteer):
    text = "On Sunday interior ministry troops with armoured vehicles stormed Tegh, and local officials spoke of four dead."
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_a_crowd_storming_a_building_is_no_attack(gazetteer):
    text = "Protesters stormed the town hall in Goris on Sunday, demanding the governor's resignation."
    found = layers(text, gazetteer)
    assert "Goris" in found and found["Goris"] != "shelling"


def test_a_village_burnt_down(gazetteer):
    text = "The news agency reported on Friday that Kornidzor had been burnt down and that its families had left."
    assert layers(text, gazetteer).get("Kornidzor") == "shelling"


def test_troops_surrounded_a_village(gazetteer):
    text = "On Saturday police units surrounded the village of Tegh in order to search the houses for weapons."
    assert layers(text, gazetteer).get("Tegh") == "checkpoints"


def test_troops_standing_around_a_village(gazetteer):
    text = "Villagers said that army units had been standing around Kornidzor for a week and let no one leave."
    assert layers(text, gazetteer).get("Kornidzor") == "checkpoints"


def test_troops_took_up_positions_around_a_village(gazetteer):
    text = "Before dawn the soldiers took up positions around Tegh, and police followed them into the streets at noon."
    assert layers(text, gazetteer).get("Tegh") == "checkpoints"


def test_surrounded_by_land_is_no_siege(gazetteer):
    text = "Kornidzor, a village that is surrounded on all sides by hills, has a new school this year."
    found = layers(text, gazetteer)
    assert "Kornidzor" in found and found["Kornidzor"] != "checkpoints"


def test_surrounded_in_fighting_stays_an_assault(gazetteer):
    text = "Troops surrounded Tegh on Monday and opened fire on the houses from the ridge above the village."
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_men_carried_off_to_a_town_are_held_there(gazetteer):
    text = "About forty men of the village were taken prisoner and carried off to Goris on Tuesday."
    assert layers(text, gazetteer).get("Goris") == "other"


def test_men_driven_to_a_town_where_they_were_held(gazetteer):
    text = "On 3 June some sixty villagers were driven to Goris, where they were held in the police station for days."
    assert layers(text, gazetteer).get("Goris") == "other"


def test_families_driven_to_a_town_stay_a_route(gazetteer):
    text = "On 3 June the families were driven to Goris by bus along the mountain road."
    assert layers(text, gazetteer).get("Goris") == "corridors"
