"""A shootout is fire between soldiers, not a crime, a family feud or a football match; mediators crossing the line
of contact use a way between the sides only once they have crossed it, not when they plan to, and not when they only
speak of troops that crossed."""

from tests.helpers import place_layers


def test_a_shootout_between_police_and_smugglers_is_no_fighting(gazetteer):
    text = "A shootout between police and smugglers in Goris left two men wounded on Monday, local police said."
    assert place_layers(text, gazetteer).get("Goris") != "shelling"


def test_a_penalty_shootout_is_no_fighting(gazetteer):
    text = "Qarabag lost a penalty shootout to Neftchi in the cup match in Aghdam on Sunday."
    assert place_layers(text, gazetteer).get("Aghdam") != "shelling"


def test_a_shoot_out_after_extra_time_is_no_fighting(gazetteer):
    text = "The derby in Stepanakert ended in a shoot-out after extra time, the football federation said."
    assert place_layers(text, gazetteer).get("Stepanakert") != "shelling"


def test_a_shootout_between_two_families_is_no_fighting(gazetteer):
    text = "A wedding in Shusha turned into a shootout between two families on Saturday, police said."
    assert place_layers(text, gazetteer).get("Shusha") != "shelling"


def test_a_shootout_between_soldiers_is_still_fighting(gazetteer):
    text = "A shootout between Armenian and Azerbaijani soldiers near Talish killed one on Monday."
    assert place_layers(text, gazetteer).get("Talish") == "shelling"


def test_monitors_who_will_cross_use_no_way_yet(gazetteer):
    text = "The monitors will cross the line of contact next week near Martuni, the OSCE said on Monday."
    assert place_layers(text, gazetteer).get("Khojavend") != "corridors"


def test_monitors_who_have_not_crossed_use_no_way(gazetteer):
    text = "The OSCE monitors have not crossed the line of contact near Martuni since March, the mission said."
    assert place_layers(text, gazetteer).get("Khojavend") != "corridors"


def test_observers_telling_of_snipers_crossing_is_fire_not_a_way(gazetteer):
    text = "Armenian observers said Azerbaijani snipers crossed the line of contact near Talish on Monday."
    assert place_layers(text, gazetteer).get("Talish") != "corridors"


def test_diplomats_who_crossed_still_use_a_way(gazetteer):
    text = "Diplomats crossed the line of contact at Aghdam on Monday and met Karabakh officials in Stepanakert."
    assert place_layers(text, gazetteer).get("Aghdam") == "corridors"
