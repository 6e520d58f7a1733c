"""Rules read from heldout146 on places: an outlet's name of two words that the actor table knows ("Azat Artsakh")
names the paper, not a village of its first word; a capital under a state of emergency or a curfew is the city."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2009, 6, 12)


def _places(text, published=DAY):
    return [e["place"] for e in extract_text(text + "\n", published)]


def test_a_known_outlets_title_is_no_village():
    places = _places("On 2 June, Azat Artsakh wrote, monitors watched the line near Martuni and saw no breach.")
    assert "Azat" not in places and "Martuni" in places


def test_the_village_of_the_same_spelling_is_still_read():
    assert "Azat" in _places("On 2 June shells fell near the village of Azat, villagers said.")


def test_a_capital_under_a_state_of_emergency_is_the_city():
    assert "Yerevan" in _places("Since Sunday night Yerevan has been under a state of emergency for ten days.")


def test_a_capital_under_curfew_is_the_city():
    assert "Baku" in _places("Baku was under curfew on Tuesday night after the riots.")


def test_a_capital_under_pressure_is_still_its_government():
    assert "Yerevan" not in _places("Since Sunday night Yerevan has been under pressure from Moscow to sign.")
