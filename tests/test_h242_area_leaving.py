"""People of a district who began leaving it, or were fleeing ("residents of the X district began leaving in large
numbers", "families of the Y district started to leave their homes") flee the district: an event there, as "fled"
is. People of a district leaving for work or leaving things somewhere, or only named by it, stay who they are."""

import datetime

from geo.extract import extract_text


def _layers(text, gazetteer, published="2020-11-16"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_residents_began_leaving_in_numbers(gazetteer):
    got = _layers("Residents of the Kalbajar district began leaving in large numbers on Thursday, a wire service "
                  "reported.", gazetteer)
    assert got.get("Kalbajar") == "other"


def test_families_started_to_leave_their_homes(gazetteer):
    got = _layers("Families of the Lachin district started to leave their homes on Sunday.", gazetteer)
    assert got.get("Lachin") == "other"


def test_people_were_fleeing(gazetteer):
    got = _layers("People from the Kalbajar district were fleeing, a reporter said.", gazetteer)
    assert got.get("Kalbajar") == "other"


# --- near sentences where the rule must not fire ---

def test_leaving_for_work_is_no_flight(gazetteer):
    got = _layers("Residents of the Kalbajar district began leaving for work earlier because of the checkpoints.",
                  gazetteer)
    assert "Kalbajar" not in got


def test_leaving_flowers_is_no_flight(gazetteer):
    got = _layers("Residents of the Kalbajar district were leaving flowers at the memorial.", gazetteer)
    assert "Kalbajar" not in got


def test_people_only_named_by_their_district(gazetteer):
    got = _layers("Two residents of the Kalbajar district said the winter had been mild.", gazetteer)
    assert "Kalbajar" not in got
