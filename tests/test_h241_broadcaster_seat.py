"""A broadcaster named by its seat ("the radio in X tells it differently", "the television in Y said") is a body
that speaks: the town only says which one, no event there. A radio struck, a radio station, or a town the radio
tells of keep their readings."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2023-07-10"):
    return {p for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer) for p in e["place"].split(";")}


def test_radio_in_a_capital_tells_it_differently(gazetteer):
    assert "Goris" not in _places("My uncle says each side has its own story, and that the radio in Goris tells "
                                  "it another way.", gazetteer)


def test_television_in_a_town_reports(gazetteer):
    assert "Goris" not in _places("The neighbours say the television in Goris reports it differently every night.",
                                  gazetteer)


# --- near sentences where the rule must not fire ---

def test_radio_hit_by_shells(gazetteer):
    assert "Goris" in _places("Shells hit the radio in Goris on Monday.", gazetteer)


def test_radio_station_hit(gazetteer):
    assert "Goris" in _places("The radio station in Goris was hit by a shell.", gazetteer)


def test_place_the_radio_tells_of(gazetteer):
    assert "Tegh" in _places("The radio in Goris said shells hit Tegh.", gazetteer)
