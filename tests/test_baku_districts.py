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


@pytest.mark.parametrize("text", [
    "A pipeline leak was reported in the Khatai district of Baku on Friday.",
    "Police said a blast hit the Khatai district of Baku on Tuesday.",
])
def test_baku_district_stays_in_baku(text):
    events = extract_text(text, DAY)
    assert [e["place_name"] for e in events] == ["Khatai District"], text
    assert events[0]["country"] == "AZ"
    assert distance_km(*BAKU, *_row_point("Khatai District")) < NEAR_BAKU_KM
