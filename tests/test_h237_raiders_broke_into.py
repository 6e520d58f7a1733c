"""A raiding party that broke into a place ("saboteurs had broken into X", "commandos burst into the town of Y")
raided it: an attack there (shelling). Troops breaking into a town still tell control (other), and a building broken
into, or people who are no raiders, tell no raid."""

import datetime

from geo.extract import extract_text


def _layers(text, gazetteer, published="2020-10-13"):
    return {e["place"]: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


def test_saboteurs_had_broken_into_a_town(gazetteer):
    got = _layers("The Karabakh leader wrote that enemy saboteurs had broken into Martuni despite the truce.",
                  gazetteer)
    assert got.get("Martuni") == "shelling"


def test_commandos_burst_into_the_town_of(gazetteer):
    got = _layers("Azerbaijani commandos burst into the town of Talish before dawn on Sunday.", gazetteer)
    assert got.get("Talish") == "shelling"


def test_sabotage_group_forced_its_way_in(gazetteer):
    got = _layers("A sabotage group broke into Martuni overnight, the ministry said.", gazetteer)
    assert got.get("Martuni") == "shelling"


# --- near sentences where the rule must not fire ---

def test_troops_breaking_into_a_town_tell_control(gazetteer):
    got = _layers("Armenian troops broke into Talish on Saturday.", gazetteer)
    assert got.get("Talish") == "other"


def test_thieves_breaking_into_a_shop(gazetteer):
    got = _layers("Thieves broke into a shop in Martuni on Saturday night.", gazetteer)
    assert got.get("Martuni", "other") == "other"


def test_saboteurs_breaking_into_a_building(gazetteer):
    got = _layers("Saboteurs broke into a warehouse in Martuni, the police said.", gazetteer)
    assert got.get("Martuni", "other") == "other"


def test_villagers_breaking_into_a_town(gazetteer):
    got = _layers("Angry villagers broke into Talish to reclaim their cattle.", gazetteer)
    assert got.get("Talish", "other") == "other"
