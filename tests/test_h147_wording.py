"""Rules read from heldout147: provinces listed after "crossed into" are each entered; "the way to X now goes round
through Y" is a route to X; a person's new job or theatre only says where the person works; a road someone's aim is
said to be to cut is no road cut; the damage a body's staff found is that body's account."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 6, 2)


def _read(text, published=DAY):
    """(place, layer) of every event, a place of a corridor's group on its own."""
    return [(p, e["layer"]) for e in extract_text(text + "\n", published) for p in e["place"].split(";")]


def _places(text, published=DAY):
    return [p for p, _ in _read(text, published)]


# provinces listed after "crossed into"

def test_each_province_listed_after_crossed_into_is_entered():
    assert _places("Troops had crossed into Tavush and Gegharkunik on 4 May, the paper wrote.") \
        == ["Tavush", "Gegharkunik"]


def test_three_provinces_listed_after_crossed_into():
    assert _places("Soldiers crossed into Tavush, Gegharkunik and Syunik in May.") == ["Tavush", "Gegharkunik", "Syunik"]


def test_a_province_named_by_its_officials_after_a_crossing_is_not_entered():
    # (the province names who speaks, not the land the troops went into)
    assert _places("Soldiers crossed into Gegharkunik, a Tavush official said on Monday.") == ["Gegharkunik"]


# "the way to X now goes round through Y"

def test_the_way_to_a_town_that_goes_round_through_another_is_its_route():
    assert ("Goris", "corridors") in _read("Since the post went up, the way to Goris now goes round through Sisian.")


def test_the_way_to_a_town_that_has_meant_a_detour_is_its_route():
    assert ("Goris", "corridors") in _read("For the farmers the way to Goris has meant a long detour since spring.")


def test_asking_the_way_to_a_town_is_no_route():
    assert ("Goris", "corridors") not in _read("The driver asked the way to Goris and went on to Sisian.")


def test_knowing_the_way_to_a_town_is_no_route():
    assert ("Goris", "corridors") not in _read("Every driver here knows the way to Goris well.")


# a person's job or theatre

def test_a_new_job_in_a_town_tells_nothing_of_it():
    assert _places("Our treasurer has left the choir for a new job in Yerevan.") == []


def test_a_teacher_from_a_towns_theatre_tells_nothing_of_it():
    assert _places("Dance class with a teacher from the Goris theatre on Sunday afternoon.") == []


def test_a_teacher_from_a_towns_theatre_hurt_there_is_news():
    assert ("Goris", "shelling") in _read("A teacher from the Goris theatre was wounded by shelling on Monday.")


# a road someone aims to cut

def test_a_road_an_aim_is_to_cut_is_no_road_cut():
    assert _places("The analyst thinks the aim is to move down the valley and cut the road between Goris and "
                   "Sisian.") == []


def test_a_highway_a_goal_was_to_seize_is_no_highway_taken():
    assert _places("He said their goal was to seize the highway to Kapan before the winter.") == []


def test_a_road_cut_is_still_news():
    assert ("Goris", "checkpoints") in _read("Troops cut the road between Goris and Sisian on Monday.")


def test_an_aim_to_reopen_a_road_is_not_read_as_an_aim_to_cut():
    assert ("Kapan", "corridors") in _read("The aim of the works is to reopen the road between Kapan and Meghri.")


# the damage a body's staff found

OMBUDSMAN = "Kristinne Grigoryan, the human rights defender, said on Tuesday that people had left Shikahogh.\n"


def _claimant(text, place, published=dt.date(2022, 9, 15)):
    return [e["claimed_by"] for e in extract_text(text + "\n", published) if place in e["place"].split(";")]


def test_damage_her_staff_found_is_her_account():
    assert _claimant(OMBUDSMAN + "Her staff also found homes damaged by shelling in Srashen.", "Srashen") \
        == ["Armenian Human Rights Defender"]


def test_damage_villagers_found_is_no_ones_account():
    assert _claimant(OMBUDSMAN + "Villagers found homes damaged by shelling in Srashen.", "Srashen") == [""]
