"""Baku's districts named as parts of the city ("the X district of Baku") stay in Baku, not at a namesake abroad."""
import csv
import datetime as dt
from pathlib import Path

import pytest

from geo.extract import extract_text
from geo.gazetteer import distance_km

DAY = dt.date(2021, 5, 4)
BAKU = (40.37767, 49.89201)
NEAR_BAKU_KM = 40
GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer.csv"


def _row_point(name):
    """The gazetteer's point for the row ``name`` (a district event carries no point of its own)."""
    with GAZETTEER.open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["name"] == name)
    return float(row["lat"]), float(row["lon"])


@pytest.mark.parametrize("text, district", [
    ("A fire broke out in the Garadagh district of Baku on Monday night.", "Garadagh District"),
    ("Police said a blast hit the Qaradagh district of Baku on Sunday.", "Garadagh District"),
    ("A pipeline leak was reported in the Khatai district of Baku on Friday.", "Khatai District"),
    ("Police said a blast hit the Khatai district of Baku on Tuesday.", "Khatai District"),
])
def test_baku_district_stays_in_baku(text, district):
    events = extract_text(text, DAY)
    assert [e["place_name"] for e in events] == [district], text
    assert events[0]["country"] == "AZ"
    assert distance_km(*BAKU, *_row_point(district)) < NEAR_BAKU_KM


def test_capitals_district_is_a_route_end():
    """A convoy from "the X district of Baku" is a route whose end is the district, in Baku."""
    text = "Forty families reached Kalbajar on buses that had left the Garadagh district of Baku on Sunday."
    events = extract_text(text, DAY)
    assert [(e["layer"], e["country"]) for e in events] == [("corridors", "AZ")], events
    assert "Garadagh District" in events[0]["place_name"].split(";")
    assert distance_km(*BAKU, *_row_point("Garadagh District")) < NEAR_BAKU_KM


def test_district_of_a_province_stays_no_route_end():
    """A district named without a capital after it ("the Tartar district") is still no route end."""
    events = extract_text("A convoy left the Tartar district for Shusha on Monday.", DAY)
    assert ("Tartar District", "other") in [(e["place_name"], e["layer"]) for e in events]
