"""Layers of counterattacks, of a town's link cut, of mountain passes crossed on foot and of a scramble for seats:
an attack made back, written as one word ("mounted a counterattack on X", "counterattacked near Y"), is an attack
on its target as "counter-attack" already was; a place whose connection, communications or link "had been cut" is
cut off on its road (corridors), not a telephone or power line's; a pass or a range crossed ("crossed the X passes
on foot", "while crossing the snowbound Y mountains") or walked down, up or over is the way people took, even where
the gazetteer places the range as a district, while unnamed mountains crossed do not make a district named before a
way; and people who "tried to board" helicopters in a town tell an evacuation attempted, no journey made there."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(1993, 4, 12))


def test_counterattack_in_one_word_is_an_attack_on_the_town(gazetteer):
    text = "The defence ministry said its reserves had mounted a counterattack on Hadrut before dawn."
    assert layers(text, gazetteer).get("Hadrut") == "shelling"


def test_counterattacked_near_a_town_is_fighting_there(gazetteer):
    text = "Local volunteers counterattacked near Tartar on Thursday, a spokesman said."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_connection_with_a_town_cut_is_its_road_cut(gazetteer):
    text = "By Friday evening the connection with Kapan had been cut."
    assert layers(text, gazetteer).get("Kapan") == "corridors"


def test_communications_cut_outrank_the_damage_told_after(gazetteer):
    text = "Communications with Goris are severed, and its clinic and post office are said to be damaged."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_a_telephone_connection_cut_is_no_road(gazetteer):
    text = "The telephone connection with Kapan was cut for two hours by the storm."
    assert layers(text, gazetteer).get("Kapan") != "corridors"


def test_passes_crossed_on_foot_are_the_way_taken(gazetteer):
    text = "A teacher said she and her two sons had crossed the Murov passes in four nights of walking."
    assert layers(text, gazetteer).get("Murovdag") == "corridors"


def test_named_mountains_crossed_are_the_way_taken(gazetteer):
    text = "Aid workers said several old men died while crossing the frozen Murov mountains last week."
    assert layers(text, gazetteer).get("Murovdag") == "corridors"


def test_walking_down_the_slope_of_a_pass_is_the_way_taken(gazetteer):
    text = "Two shepherds walk down a gully on the eastern side of the Murov pass."
    assert layers(text, gazetteer).get("Murovdag") == "corridors"


def test_a_memorial_on_a_pass_is_no_way_taken(gazetteer):
    text = "A small memorial stands on the Murov pass."
    assert layers(text, gazetteer).get("Murovdag") != "corridors"


def test_unnamed_mountains_crossed_do_not_make_a_taken_district_a_way(gazetteer):
    text = "Troops seized all of the Kalbajar district on Saturday, and its villagers are now crossing the mountains."
    assert layers(text, gazetteer).get("Kalbajar") != "corridors"


def test_trying_to_board_helicopters_is_no_journey(gazetteer):
    text = "Dozens of families tried to board helicopters in Hadrut on Tuesday, witnesses said."
    assert layers(text, gazetteer).get("Hadrut") != "corridors"


def test_boarding_a_helicopter_is_still_a_journey(gazetteer):
    text = "On Tuesday the wounded boarded a helicopter in Hadrut for the flight out."
    assert layers(text, gazetteer).get("Hadrut") == "corridors"
