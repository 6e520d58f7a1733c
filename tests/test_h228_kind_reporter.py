"""A reporter named by the outlet's kind ("the radio's correspondent found", "the agency's reporter saw") tells the
account of the outlet heard before, as "according to the radio" does, though someone else spoke to that outlet in
between; a person's aide or a staff member who found something is no outlet."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 10, 2)
BEFORE = ("Three soldiers were still missing, Radio Azatutyun reported. "
          "The defence ministry's spokesman told the radio that losses were still being counted. ")


def _claims(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_the_radios_correspondent_found(gazetteer):
    claims = _claims(BEFORE + "Shops had reopened in Goris, the radio's correspondent found, though the town "
                     "was shelled last month.", gazetteer)
    assert claims["Goris"] == "RFE/RL Armenian Service"


def test_the_agencys_reporter_saw(gazetteer):
    events = extract_text("Two houses burned in Sotk, Armenpress reported. "
                          "The agency's reporter saw shell holes in the roofs of Sotk.", DAY, gazetteer, source="test")
    assert len(events) == 2 and events[1]["claimed_by"] == events[0]["claimed_by"] == "Armenian media"


def test_a_mayors_aide_is_no_outlet(gazetteer):
    claims = _claims(BEFORE + "The mayor's aide found that the shops of Goris had reopened.", gazetteer)
    assert claims.get("Goris") != "RFE/RL Armenian Service"


def test_a_correspondent_who_said_nothing_found(gazetteer):
    claims = _claims(BEFORE + "The radio's correspondent left for Goris on Sunday.", gazetteer)
    assert claims.get("Goris") != "RFE/RL Armenian Service"


def test_the_teams_doctor_found(gazetteer):
    claims = _claims(BEFORE + "The team's doctor found two wounded men in Goris.", gazetteer)
    assert claims.get("Goris") != "RFE/RL Armenian Service"
