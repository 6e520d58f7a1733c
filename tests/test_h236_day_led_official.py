"""An official named after a day and a title of a place ("On Monday the mayor of X, A B, gave the agency his
figures") is the person a later bare "He said" means; a sentence naming no person, a place's kind named so, or the
official with others, leaves "he" unresolved."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 5, 10)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_day_then_mayor_of_a_town_named_then_he_said():
    text = ("On Monday the mayor of Goris, Arush Arushanyan, gave the agency his figures for the week.\n"
            "He said twelve houses in Tegh had been damaged by the shelling.")
    assert _claims(text) == {"Tegh": "Arush Arushanyan"}


def test_yesterday_then_governor_of_a_province_named_then_he_said():
    text = ("Yesterday the governor of Syunik, Robert Ghukasyan, handed reporters a list of the damage.\n"
            "He said shells had hit a school in Sisian.")
    assert _claims(text) == {"Sisian": "Robert Ghukasyan"}


def test_a_body_with_no_person_leaves_he_unresolved():
    text = "Yesterday the agency published its figures for the week.\nHe said shells had hit a school in Sisian."
    assert _claims(text) == {"Sisian": ""}


def test_a_place_kind_named_after_a_day_is_no_official():
    text = "Yesterday the village of Tegh, Nerkin Hand, lost power.\nHe said shells had hit a school in Sisian."
    assert _claims(text)["Sisian"] == ""


def test_an_official_named_with_others_is_no_single_speaker():
    text = ("On Monday the mayor of Goris, Arush Arushanyan, and his deputy visited Kapan.\n"
            "He said shells had hit a school in Sisian.")
    assert _claims(text)["Sisian"] == ""
