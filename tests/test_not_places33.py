"""A capital asking or protesting stands for its government ("after a request from Yerevan"), and a feast's name
is no loose spelling of a town ("Easter" is no Astara)."""

import pytest

from tests.helpers import rows


def places(text, gazetteer):
    return {name for row in rows(text, gazetteer) for name in row["place_name"].split(";")}


@pytest.mark.parametrize("text, capital", [
    ("The abbot recalled that in 2015 the guards had reopened the path to the chapel only after a request from "
     "Yerevan.", "Yerevan"),
    ("The border stayed shut despite protests from Tbilisi, and lorries queued at Sadakhlo.", "Tbilisi"),
    ("The post near Lachin was moved on instructions from Baku, a driver said.", "Baku"),
])
def test_a_capital_asking_is_its_government(gazetteer, text, capital):
    assert capital not in places(text, gazetteer)


def test_a_flight_from_a_capital_is_still_the_city(gazetteer):
    assert "Baku" in places("Flights from Baku landed in Nakhchivan on Monday.", gazetteer)


@pytest.mark.parametrize("text", [
    "Monks said visitors would again be allowed to the Natlismtsemeli and Easter churches next week.",
    "The guards let pilgrims through to the Bertubani and Easter chapels on Sunday.",
    "Pilgrims walked to Easter on foot.",
])
def test_a_feast_is_no_place(gazetteer, text):
    assert "Astara" not in places(text, gazetteer)
