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
