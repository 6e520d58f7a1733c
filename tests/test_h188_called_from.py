"""Where a private person's telephone call came from ("my nephew telephoned from X") only says where the caller
was; a call from an official, or the caller's news of the town, is still news there."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2020, 10, 25)


def _events(text):
    return {e["place"]: e for e in extract_text(text, _DAY)}


def test_a_relative_calling_from_a_town_is_no_event():
    assert "Barda" not in _events("We opened late because my sister phoned from Barda in tears.")


def test_a_customer_calling_from_a_town_is_no_event():
    assert "Barda" not in _events("A client telephoned from Barda to ask for the blue rug after all.")


def test_an_official_calling_from_a_town_with_fire_news_is_kept():
    assert _events("The governor telephoned from Barda to say rockets hit the bus station.")["Barda"]["layer"] \
        == "shelling"


def test_a_relative_fleeing_from_a_town_is_kept():
    assert "Barda" in _events("My sister fled from Barda after the shelling.")
