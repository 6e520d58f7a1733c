"""People told by where they live ("people living by X told ...", "families who still live in Y said") are the
place's residents, as "residents of X" are; people who fled somewhere, or a nation's people living abroad, are not."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 9, 20)


def _claims(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_people_living_by_a_lake(gazetteer):
    assert _claims("People living by Lake Sev told a local site that shells had fallen near the lake.",
                   gazetteer)["Lake Sev"] == "residents"


def test_families_who_still_live_near_a_lake(gazetteer):
    assert _claims("Families who still live near Lake Sev told the radio that there was shelling near the lake.",
                   gazetteer)["Lake Sev"] == "residents"


def test_people_who_fled_are_refugees(gazetteer):
    assert _claims("People who fled to Goris said shells fell on Sotk.", gazetteer)["Sotk"] != "residents"


def test_a_nations_people_abroad_are_not_residents(gazetteer):
    assert _claims("Armenians living in Moscow said Sotk was shelled.", gazetteer)["Sotk"] != "residents"


def test_residents_of_still_residents(gazetteer):
    assert _claims("Residents of Sotk told reporters that the village had been shelled.",
                   gazetteer)["Sotk"] == "residents"
