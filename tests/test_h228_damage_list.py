"""Damage a body lists after its report of fire is that fire's damage: a utility's lines told broken or damaged with
no cause, right after the same teller's report of shelling, and the places a list goes on to ("It also listed ...");
a cable car damaged is a building hit, not a utility's cable. A utility's damage told alone, after news of something
else, or in a flood, stays a utility's damage."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 11, 18)


def _layers(text, gazetteer):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY, gazetteer, source="test")}


FIRE = "The Armenian defence ministry said Azerbaijani shells had hit a school and two houses in Sotk. "


def test_lines_broken_after_a_report_of_fire(gazetteer):
    layers = _layers(FIRE + "Electricity lines were broken in four villages around Goris, the ministry added.",
                     gazetteer)
    assert layers["Goris"] == "shelling"


def test_list_goes_on_after_lines(gazetteer):
    layers = _layers(FIRE + "Power lines were broken in two villages near Goris, the ministry added. "
                     "It also listed a water main serving Tegh.", gazetteer)
    assert layers["Goris"] == "shelling" and layers["Tegh"] == "shelling"


def test_cable_car_damaged_is_a_hit(gazetteer):
    assert _layers("By the ministry's count, a hotel and the cable car in Jermuk had been damaged.",
                   gazetteer) == {"Jermuk": "shelling"}


def test_lines_broken_alone_stay_damage(gazetteer):
    assert _layers("Power lines were broken in three villages near Goris on Tuesday.",
                   gazetteer) == {"Goris": "other"}


def test_lines_broken_after_other_news_stay_damage(gazetteer):
    layers = _layers("The governor opened a new school in Sotk on Monday. "
                     "Power lines were broken in three villages near Goris, the ministry added.", gazetteer)
    assert layers["Goris"] == "other"


def test_lines_broken_in_a_flood_stay_damage(gazetteer):
    layers = _layers(FIRE + "After the river flooded, power lines were broken in three villages near Goris.",
                     gazetteer)
    assert layers["Goris"] == "other"


def test_another_tellers_lines_stay_damage(gazetteer):
    layers = _layers(FIRE + "Power lines were broken in three villages near Goris, the electricity company said.",
                     gazetteer)
    assert layers["Goris"] == "other"


def test_lines_in_the_articles_voice_stay_damage(gazetteer):
    layers = _layers(FIRE + "The gas pipeline near Goris was damaged on Monday, and the town has had no gas since.",
                     gazetteer)
    assert layers["Goris"] == "other"


def test_lines_to_be_repaired_stay_damage(gazetteer):
    layers = _layers(FIRE + "The ministry said it would start repairing the power lines damaged in Goris.", gazetteer)
    assert layers["Goris"] == "other"


def test_cable_damaged_alone_stays_damage(gazetteer):
    assert _layers("A power cable was damaged near Goris.", gazetteer) == {"Goris": "other"}
