"""A defence ministry left unnamed reports the other side's push at its towns or lines ("the ministry said, X forces
had been pushing towards A"): the side pushed at is the teller, as with fire or an advance; its own army's push for
talks, or a named ministry, stays as it was."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 7, 28)
BEFORE = "The defence ministry said the enemy had flown a drone near Jermuk. "


def _claims(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_push_by_azerbaijani_forces_is_told_by_armenia(gazetteer):
    claims = _claims(BEFORE + "Since dawn, the ministry said, Azerbaijani forces had been pushing towards Sotk "
                     "with mortars.", gazetteer)
    assert claims["Sotk"] == "Armenian MoD"


def test_push_by_armenian_units_is_told_by_azerbaijan(gazetteer):
    claims = _claims(BEFORE + "The ministry said Armenian units were pushing towards Kalbajar.", gazetteer)
    assert claims["Kalbajar"] == "Azerbaijani MoD"


def test_push_for_talks_is_no_advance(gazetteer):
    claims = _claims(BEFORE + "The ministry said the Armenian army had pushed for talks in Sotk.", gazetteer)
    assert claims.get("Sotk") != "Azerbaijani MoD"


def test_named_ministry_keeps_its_name(gazetteer):
    claims = _claims("Azerbaijan's defence ministry said its forces had been pushing towards Lachin.", gazetteer)
    assert claims["Lachin"] == "Azerbaijani MoD"


def test_own_army_took_a_town_is_its_ministry(gazetteer):
    claims = _claims(BEFORE + "The ministry said the Azerbaijani army had taken full control of Lachin.", gazetteer)
    assert claims["Lachin"] == "Azerbaijani MoD"
