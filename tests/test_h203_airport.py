"""An airport named after the town an exclave takes its name from ("Nakhchivan International Airport",
"Nakhchivan's airport") is the town's: what happened at the airport happened in that town, as at any town's
airport. The exclave named on its own, or by its border, is read as before."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return {(e["place"], e["layer"], e["start_date"])
            for e in extract_text(text, datetime.date(2023, 6, 22), gazetteer)}


def test_a_runway_opened_at_the_towns_international_airport(gazetteer):
    text = "The president opened a new runway at Nakhchivan International Airport on Monday."
    assert ("Nakhchivan", "other", "2023-06-19") in _events(text, gazetteer)


def test_passengers_held_at_the_towns_airport(gazetteer):
    text = "Passengers waited for hours at Nakhchivan's airport on Tuesday, the airline said."
    assert ("Nakhchivan", "other", "2023-06-20") in _events(text, gazetteer)


def test_the_exclaves_border_still_only_locates(gazetteer):
    text = "Passengers waited for hours on the Nakhchivan border on Tuesday, the airline said."
    assert not {e for e in _events(text, gazetteer) if e[0] == "Nakhchivan"}


def test_a_capitals_airport_named_after_someone_stays_the_capitals(gazetteer):
    text = "Baku's Heydar Aliyev International Airport was closed by fog on Tuesday."
    assert {p for p, _, _ in _events(text, gazetteer)} == {"Baku"}
