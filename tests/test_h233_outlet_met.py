"""An outlet the table files as media that met or interviewed someone who had reached, fled or left a place tells
whom it met: the claim is the outlet's. An official's meeting, reporters unnamed, or one met who tells it himself keep
their own reading."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 10, 9)


def _claims(text, gazetteer):
    return {e["place_name"]: e["claimed_by"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_outlet_met_someone_who_reached_a_town(gazetteer):
    claims = _claims("IWPR met a shepherd, Arman Grigoryan, who reached Sisian in a borrowed lorry with his two "
                     "daughters.", gazetteer)
    assert claims["Sisian"] == "Institute for War and Peace Reporting"


def test_outlet_interviewed_someone_who_had_fled(gazetteer):
    claims = _claims("The Institute for War and Peace Reporting interviewed a teacher who had fled Martakert with "
                     "her pupils' records.", gazetteer)
    assert claims["Martakert"] == "Institute for War and Peace Reporting"


def test_a_minister_meeting_someone_is_no_outlet(gazetteer):
    claims = _claims("The minister met a shepherd who reached Sisian in a borrowed lorry.", gazetteer)
    assert claims.get("Sisian", "") != "Institute for War and Peace Reporting"
    assert "minister" not in (claims.get("Sisian") or "").lower()


def test_one_met_who_tells_it_is_his_word(gazetteer):
    claims = _claims("IWPR met the governor, who said families who had fled Martakert were housed in Sisian.", gazetteer)
    assert claims.get("Sisian") != "Institute for War and Peace Reporting"


def test_unnamed_reporters_meeting_someone(gazetteer):
    claims = _claims("Reporters met a shepherd who reached Sisian in a borrowed lorry.", gazetteer)
    assert claims.get("Sisian", "") != "Institute for War and Peace Reporting"
