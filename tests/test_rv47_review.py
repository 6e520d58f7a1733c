"""Sentences worded apart from the sets the latest rules came from: what they must and must not give."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 6, 10)


def _events(text, gazetteer):
    return [(e["place"], e["layer"]) for e in extract_text(text, DAY, gazetteer, source="test")]


def _claims(text, gazetteer):
    return [(e["place"], e["layer"], e["claimed_by"]) for e in extract_text(text, DAY, gazetteer, source="test")]


# --- men who tried to reach or approach posts: only a hostile group's try is an attack ---

def test_rescuers_reaching_positions_are_no_attack(gazetteer):
    assert ("Berd", "shelling") not in _events("Rescue units tried to reach the positions near Berd to evacuate the "
                                               "wounded.", gazetteer)


def test_peacekeepers_reaching_posts_are_no_attack(gazetteer):
    assert ("Berd", "shelling") not in _events("Peacekeeping troops tried to reach the posts near Berd to mediate, "
                                               "the mission said.", gazetteer)


def test_soldiers_bringing_food_to_posts_are_no_attack(gazetteer):
    assert ("Berd", "shelling") not in _events("Soldiers tried to reach the border posts near Berd through snow to "
                                               "deliver food.", gazetteer)


def test_a_guard_rotation_is_no_attack(gazetteer):
    assert ("Berd", "shelling") not in _events("Our units tried to approach the new positions near Berd to rotate "
                                               "the guard.", gazetteer)


def test_medical_units_are_no_attack(gazetteer):
    assert ("Berd", "shelling") not in _events("Medical units tried to reach the front positions near Berd.",
                                               gazetteer)


def test_commandos_approaching_positions_are_an_attack(gazetteer):
    assert ("Berd", "shelling") in _events("Azerbaijani commandos attempted to approach Armenian positions near Berd "
                                           "overnight, the ministry said.", gazetteer)


def test_a_sabotage_group_creeping_up_to_trenches_is_an_attack(gazetteer):
    assert ("Chinari", "shelling") in _events("A sabotage group tried to creep up to Armenian trenches outside "
                                              "Chinari before dawn.", gazetteer)


# --- fighting men wiped out: only when they themselves are wiped out ---

def test_soldiers_telling_of_crops_wiped_out_are_no_strike(gazetteer):
    assert ("Tartar", "shelling") not in _events("Soldiers said crops were wiped out by hail near Tartar.", gazetteer)


def test_troops_telling_of_savings_wiped_out_are_no_strike(gazetteer):
    assert ("Tartar", "shelling") not in _events("Troops said savings were wiped out near Tartar.", gazetteer)


def test_an_infantry_school_s_records_are_no_strike(gazetteer):
    assert ("Tartar", "shelling") not in _events("Infantry school records were wiped out in the fire near Tartar.",
                                                 gazetteer)


def test_enemy_manpower_annihilated_is_a_strike(gazetteer):
    assert _events("Enemy manpower was annihilated near Fuzuli, the ministry said.",
                   gazetteer) == [("Fuzuli", "shelling")]


def test_soldiers_near_a_town_annihilated_are_a_strike(gazetteer):
    assert ("Tartar", "shelling") in _events("Soldiers near Tartar were annihilated by drones, Baku claimed.",
                                             gazetteer)


# --- the State Road Transport Service named with its country before the ministry ---

SERVICE = "Azerbaijani government (State Road Transport Service)"


def test_the_azerbaijani_transport_ministry_s_road_service_is_the_service(gazetteer):
    found = _claims("The Azerbaijani transport ministry's road service said 500 people had taken the bus from Baku "
                    "to Aghdam.", gazetteer)
    assert found and all(claimant == SERVICE for _, _, claimant in found)


def test_the_armenian_transport_ministry_s_road_service_is_not_the_service(gazetteer):
    found = _claims("The Armenian transport ministry's road service said the bus from Yerevan to Goris had been "
                    "cancelled.", gazetteer)
    assert found and all(claimant != SERVICE for _, _, claimant in found)


def test_a_group_trying_to_reach_the_posts_is_an_attack(gazetteer):
    assert ("Berd", "shelling") in _events("A group tried to reach one of the posts near Berd at night, the border "
                                           "service said.", gazetteer)
