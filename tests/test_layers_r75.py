"""Layers of troops holding a frontier or sent in between two sides, of trains withdrawn or re-entering a country,
of a named land blockaded, of a fence torn down by crowds and of the town where an agreement was made: soldiers
patrolling the border districts of a region hold a line there (checkpoints), as do soldiers who drove into a
village and separated the two sides or broke up the fighting (the fighting they stopped is no fire told there),
while police patrolling a street or troops merely entering a town are not; trains that stopped calling at a station
and a train "withdrawn" are the line's closure (no handover), and a train coming back into a country at a town has
that town on its way (corridors); a state's "blockade of" a named land cuts its links (corridors), as a blockaded town's
were; crowds attacking a stretch of border fence make no armed attack (other); and "In X on Tuesday the leaders
agreed to end the rail embargo" is an agreement made in X (other), not news of the railway there."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers, waypoint_layers


layers = partial(place_layers, published=dt.date(1991, 3, 11))
waypoints = partial(waypoint_layers, published=dt.date(1991, 3, 11))


def test_soldiers_patrolling_the_border_districts_hold_the_line(gazetteer):
    text = "A teacher said that troops in armoured vehicles were patrolling the frontier districts around Ijevan."
    assert layers(text, gazetteer).get("Ijevan") == "checkpoints"


def test_troops_patrolling_near_the_border_at_a_village_hold_it(gazetteer):
    text = "Villagers said soldiers had been patrolling near the border at Tegh since Sunday."
    assert layers(text, gazetteer).get("Tegh") == "checkpoints"


def test_police_patrolling_a_street_hold_no_line(gazetteer):
    text = "More police than usual patrolled the main street of Goris on Thursday evening."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_soldiers_who_drove_in_and_separated_the_sides_stand_between_them(gazetteer):
    text = "Two days later some 300 interior ministry soldiers drove into Tegh and separated the two sides."
    assert layers(text, gazetteer).get("Tegh") == "checkpoints"


def test_soldiers_who_broke_up_the_fighting_are_no_fire_there(gazetteer):
    text = "The newspaper said that a company of soldiers had moved into Kornidzor and broken up the fighting."
    assert layers(text, gazetteer).get("Kornidzor") == "checkpoints"


def test_troops_entering_a_village_alone_stand_between_no_one(gazetteer):
    text = "Troops drove into Kornidzor on Monday and stopped the buses."
    assert layers(text, gazetteer).get("Kornidzor") != "checkpoints"


def test_trains_that_stopped_calling_at_a_station_close_the_line(gazetteer):
    text = "Passenger trains stopped calling at Ijevan in the spring of 1993."
    assert layers(text, gazetteer).get("Ijevan") == "corridors"


def test_a_train_service_withdrawn_is_no_handover(gazetteer):
    text = "Goods trains stopped calling at Ijevan in March 1993, when the service to the border was withdrawn."
    assert layers(text, gazetteer).get("Ijevan") == "corridors"


def test_a_train_coming_back_into_a_country_at_a_town_passes_it(gazetteer):
    text = ("The night train, which came back into Armenia at Ijevan, stopped in May 1993, and the sleeper "
            "to Tbilisi was withdrawn as well.")
    assert waypoints(text, gazetteer).get("Ijevan") == "corridors"


def test_troops_withdrawn_from_a_town_are_still_a_handover(gazetteer):
    text = "The last troops were withdrawn from Ijevan in May 1993."
    assert layers(text, gazetteer).get("Ijevan") != "corridors"


def test_the_blockade_of_a_named_town_cuts_its_links(gazetteer):
    text = "In his book the former minister argues that Georgia's blockade of Ijevan began a year earlier."
    assert layers(text, gazetteer).get("Ijevan") == "corridors"


def test_the_blockade_of_a_checkpoint_stays_held_at_the_point(gazetteer):
    text = "The former minister argues that Georgia's blockade of the Ijevan checkpoint began a year earlier."
    assert layers(text, gazetteer).get("Ijevan") == "checkpoints"


def test_crowds_attacking_a_border_fence_make_no_armed_attack(gazetteer):
    text = "Reports from the region say crowds attacked a long stretch of the barbed-wire fence near Meghri."
    assert layers(text, gazetteer).get("Meghri") == "other"


def test_troops_attacking_a_village_still_attack_it(gazetteer):
    text = "Reports from the region say troops attacked the outskirts of Meghri overnight."
    assert layers(text, gazetteer).get("Meghri") == "shelling"


def test_the_town_where_an_agreement_was_made_is_the_meeting(gazetteer):
    text = "In Goris on Monday night the heads of the two councils agreed to lift the rail blockade of the south."
    assert layers(text, gazetteer).get("Goris") == "other"


def test_the_road_an_agreement_reopens_stays_a_road(gazetteer):
    text = "In Goris on Monday the governors agreed to reopen the road through Tegh."
    assert layers(text, gazetteer).get("Tegh") == "corridors"
