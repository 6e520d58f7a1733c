"""Cues kept to what they were written for: a dead body, a parade or a vehicle falling off a bridge is no displacement,
protest or route; a disaster named after the death still kills no one by fire; border guards win land back as an
army does."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 2, 12)


def _kinds(text, gazetteer):
    return {c["place_name"]: (c["layer"], c["kind"]) for c in extract_text(text, DAY, gazetteer)}


def test_bodies_taken_out_of_ruins_are_no_displacement(gazetteer):
    assert _kinds("Rescuers said two bodies had been taken out of the ruins of a house in Ganja.", gazetteer)["Ganja"][1] \
        != "displacement"


def test_people_taken_out_of_a_town_still_leave_it(gazetteer):
    assert _kinds("Children and old people were taken out of Jermuk by bus.", gazetteer)["Jermuk"] \
        == ("other", "displacement")


def test_soldiers_marching_in_a_town_are_no_protest(gazetteer):
    assert _kinds("Soldiers and cadets marched in Shusha to mark the anniversary.", gazetteer)["Shusha"][1] != "protest"


def test_students_marching_in_a_town_still_protest(gazetteer):
    assert _kinds("Hundreds of students marched in Yerevan against the decision.", gazetteer)["Yerevan"] \
        == ("other", "protest")


def test_a_lorry_falling_off_a_bridge_is_no_route(gazetteer):
    kinds = _kinds("A lorry loaded with flour rolled over the Hakari bridge and off the edge, injuring its driver.",
                   gazetteer)
    assert kinds["Hakari Bridge"][0] != "corridors"


def test_a_lorry_driving_over_a_bridge_is_still_a_route(gazetteer):
    assert _kinds("A lorry loaded with flour drove over the Hakari bridge at noon.", gazetteer)["Hakari Bridge"][0] \
        == "corridors"


def test_deaths_in_an_avalanche_are_no_casualties_of_fire(gazetteer):
    for text in ("A herder died in an avalanche near Kalbajar.",
                 "Two miners were killed by a landslide near Kalbajar."):
        assert _kinds(text, gazetteer)["Kalbajar"][0] != "shelling", text


def test_deaths_in_an_attack_are_still_casualties(gazetteer):
    assert _kinds("Two soldiers were killed in a drone attack near Kalbajar.", gazetteer)["Kalbajar"][0] == "shelling"


def test_border_guards_recovering_a_bridge_change_its_control(gazetteer):
    assert _kinds("Azerbaijani border guards recovered the bridge near Kornidzor on Friday.", gazetteer)["Kornidzor"] \
        == ("other", "control")


def test_an_offensive_that_ended_in_the_capture_changes_control(gazetteer):
    events = extract_text("The army's offensive to recapture Shusha ended with its capture on 8 November 2020.", DAY,
                          gazetteer)
    assert [(e["place_name"], e["kind"], e["start_date"]) for e in events] == [("Shusha", "control", "2020-11-08")]


def test_an_offensive_to_retake_a_town_is_still_fighting_there(gazetteer):
    assert _kinds("The army's offensive to recapture Shusha stalled in the forests.", gazetteer)["Shusha"] \
        == ("shelling", "fighting")
