"""Sentences worded unlike the sets the latest rules came from, each one a rule misfired on: what the extractor
now gives for them."""

import datetime

from geo.extract import extract_text
from tests.helpers import claimant_of

DAY = datetime.date(2021, 10, 2)


def _rows(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def _layers(text, gazetteer):
    return {e["place"]: e["layer"] for e in _rows(text, gazetteer)}


def _claims(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in _rows(text, gazetteer)}


# --- a body named in lower case, with the place it is of after its name -------------------------------------------

TALKS = "The Russian foreign ministry said talks would go on. "


def test_lower_case_ministry_of_karabakh_is_karabakhs(gazetteer):
    text = (TALKS + "The ministry of territorial administration of Nagorno-Karabakh said crews were out. "
            "The ministry said shells had hit houses in Martakert.")
    assert claimant_of("Martakert", text, gazetteer).startswith("Nagorno-Karabakh authorities")


def test_lower_case_ministry_in_stepanakert_is_karabakhs(gazetteer):
    text = (TALKS + "The ministry of territorial administration in Stepanakert said crews were out. "
            "The ministry said shells had hit houses in Martakert.")
    assert claimant_of("Martakert", text, gazetteer).startswith("Nagorno-Karabakh authorities")


def test_lower_case_ministry_of_armenia_is_armenias(gazetteer):
    text = (TALKS + "The ministry of ecology of Armenia said crews were out. "
            "The ministry said shells had hit houses in Sotk.")
    assert claimant_of("Sotk", text, gazetteer).startswith("Armenian government")


# --- a governor's name after the title -----------------------------------------------------------------------------

SHELLED_TEGH = "The governor said houses in Tegh had been shelled."


def test_a_seat_named_after_the_governors_office_is_no_governor(gazetteer):
    text = "The convoy passed the office of the regional governor, Goris Central, then Sisian. " + SHELLED_TEGH
    assert claimant_of("Tegh", text, gazetteer) == "local officials (regional governor)"


def test_the_governor_named_after_his_residence_is_still_named(gazetteer):
    text = "Diplomats met at the residence of the governor of Syunik, Ashot Melkonyan, on Tuesday. " + SHELLED_TEGH
    assert claimant_of("Tegh", text, gazetteer) == "Ashot Melkonyan"


# --- sabotage carried out by armed men -----------------------------------------------------------------------------

def test_sabotage_training_conducted_is_no_raid(gazetteer):
    assert _layers("Special forces conducted sabotage training near Ganja last week.", gazetteer) == {"Ganja": "other"}


def test_sabotage_and_reconnaissance_training_is_no_raid(gazetteer):
    assert _layers("Units conducted sabotage and reconnaissance training in the mountains near Kalbajar.",
                   gazetteer) == {"Kalbajar": "other"}


def test_a_soldiers_crime_of_sabotage_is_no_raid(gazetteer):
    assert _layers("The prosecutor said the soldiers had committed sabotage by refusing to repair the tanks at the "
                   "base in Ganja.", gazetteer) == {"Ganja": "other"}


def test_sabotage_operations_conducted_stay_a_raid(gazetteer):
    assert _layers("Baku said Armenian forces had conducted sabotage operations near Tovuz overnight.",
                   gazetteer) == {"Tovuz": "shelling"}


# --- a utility's damage after a report of fire ---------------------------------------------------------------------

FIRE = "The Armenian defence ministry said Azerbaijani shells had hit a school and two houses in Sotk. "


def test_lines_broken_in_a_storm_stay_a_utilitys_damage(gazetteer):
    assert _layers(FIRE + "Power lines were broken in Tegh during the storm, the ministry added.",
                   gazetteer)["Tegh"] == "other"


def test_lines_broken_by_a_falling_tree_stay_a_utilitys_damage(gazetteer):
    assert _layers(FIRE + "Power lines were broken in Tegh by a falling tree, the ministry added.",
                   gazetteer)["Tegh"] == "other"


def test_lines_replaced_stay_a_utilitys_damage(gazetteer):
    assert _layers(FIRE + "The ministry added that crews had replaced power lines damaged in Tegh.",
                   gazetteer)["Tegh"] == "other"


def test_compensation_for_pipes_damaged_is_no_fire(gazetteer):
    assert _layers(FIRE + "The ministry added that the government had approved compensation for the gas pipes "
                   "damaged in Tegh.", gazetteer)["Tegh"] == "other"


def test_a_decree_on_lines_damaged_is_no_fire(gazetteer):
    assert _layers(FIRE + "A government decree on the power lines damaged in Tegh was signed on Monday, the "
                   "ministry added.", gazetteer)["Tegh"] == "other"


def test_a_list_of_schools_closed_is_no_list_of_hits(gazetteer):
    assert _layers("The ministry said Armenian shells had hit two houses in Tovuz. It also listed the schools of "
                   "Gadabay as closed for the week.", gazetteer)["Gadabay"] == "other"


def test_pipeline_damaged_the_ministry_added_stays_fire(gazetteer):
    assert _layers(FIRE + "The gas pipeline to Goris was damaged, the ministry added.",
                   gazetteer)["Goris"] == "shelling"


# --- a reporter named by the outlet's kind -------------------------------------------------------------------------

def test_the_agencys_correspondent_is_the_news_agencys(gazetteer):
    text = ("Three soldiers were missing, Armenpress reported. The defence ministry's spokesman told the agency that "
            "losses were still being counted. The agency's correspondent saw shells hit Sotk.")
    assert _claims(text, gazetteer)["Sotk"] == "Armenian media"


def test_the_stations_correspondent_is_the_broadcasters(gazetteer):
    text = "Three soldiers were missing, Radio Azatutyun reported. The station's correspondent saw shells hit Sotk."
    assert _claims(text, gazetteer)["Sotk"] == "RFE/RL Armenian Service"


# --- people told by where they live --------------------------------------------------------------------------------

def test_people_living_in_tents_are_no_residents(gazetteer):
    assert _claims("People living in tents near Goris said Sotk was shelled.", gazetteer)["Sotk"] != "residents"


def test_people_living_in_a_village_are_its_residents(gazetteer):
    assert _claims("People living in Sotk told the radio that shells had fallen on the village overnight.",
                   gazetteer)["Sotk"] == "residents"


# --- a first name opening a sentence with a chore ------------------------------------------------------------------

def test_a_town_that_fed_refugees_stays_a_place(gazetteer):
    layers = {(e["place"], e["layer"]) for e in _rows("Goris fed the refugees from Berdzor for weeks. On Monday "
                                                      "shells hit Goris.", gazetteer)}
    assert ("Goris", "shelling") in layers


def test_a_village_that_swept_the_board_stays_a_place(gazetteer):
    assert _layers("Tatev swept the board at the regional awards. Shells hit Tatev on Monday.",
                   gazetteer).get("Tatev") == "shelling"


def test_a_first_name_digging_the_garden_is_a_person(gazetteer):
    assert "Arevik" not in _layers("Arevik dug the whole garden over in a morning. Shells fell near Sotk.",
                                   gazetteer)
