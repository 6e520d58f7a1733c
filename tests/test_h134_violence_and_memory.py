"""Pogroms at a place and a mob hunting people or smashing their homes are attacks on people there (shelling); the
place where an anniversary of killings named by their town is marked holds a commemoration (other), while "the
anniversary of the killings in X" still tells them at X."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2010-03-05")


def test_pogroms_against_people_in_two_towns(gazetteer):
    text = "The historian writes that the unrest spread, with pogroms against Armenians in Ganja and Baku."
    found = layers(text, gazetteer)
    assert found.get("Ganja") == "shelling"
    assert found.get("Baku") == "shelling"


def test_the_anniversary_of_a_pogrom_is_no_attack(gazetteer):
    text = "Local papers note that this week is also the anniversary of the pogrom of Armenians in Sumgait."
    assert layers(text, gazetteer).get("Sumgayit") == "other"


def test_a_mob_chasing_people_through_the_streets(gazetteer):
    text = "A witness said a mob was chasing two men through the streets of Ganja and smashing shop windows."
    assert layers(text, gazetteer).get("Ganja") == "shelling"


def test_a_crowd_that_only_marched_is_no_attack(gazetteer):
    text = "A crowd marched through the streets of Ganja on Friday, chanting and waving flags."
    assert layers(text, gazetteer).get("Ganja") != "shelling"


def test_police_beating_protesters_stays_a_protest(gazetteer):
    text = "Police beat protesters in Ganja on Friday."
    assert layers(text, gazetteer).get("Ganja") != "shelling"


def test_anniversary_of_named_killings_marked_in_another_town(gazetteer):
    text = "On Friday the anniversary of the Khojaly killings was marked in Barda, the agency reported."
    assert layers(text, gazetteer).get("Barda") == "other"


def test_anniversary_marked_at_a_memorial(gazetteer):
    text = "Officials marked the twentieth anniversary of the Maragha killings at the memorial in Stepanakert."
    assert layers(text, gazetteer).get("Stepanakert") == "other"


def test_anniversary_of_the_killings_in_a_village_keeps_them_there(gazetteer):
    text = "Villagers marked on Sunday the anniversary of the killings in Maragha, which troops overran in 1992."
    assert layers(text, gazetteer).get("Shikharkh") == "shelling"   # (Maragha's Azerbaijani name)


def test_passengers_of_a_stopped_bus_beaten(gazetteer):
    text = "A bus going from Goris to Kapan was stopped in Sisian, where its passengers were beaten."
    assert layers(text, gazetteer).get("Sisian") == "shelling"


def test_a_bus_stopped_for_a_check_is_no_attack(gazetteer):
    text = "A bus going from Goris to Kapan was stopped in Sisian, where its passengers were counted."
    assert layers(text, gazetteer).get("Sisian") != "shelling"
