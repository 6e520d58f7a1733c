"""A front's section where men were taken prisoner is no road."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 3, 10)


def _layers(sentence):
    return {e["place"]: e["layer"] for e in extract_text(sentence, DAY)}


def test_prisoners_taken_in_a_section_are_no_road():
    layers = _layers("A spokesman said three enemy soldiers had been taken prisoner in the Martuni section.")
    assert layers.get("Martuni") == "other"


def test_captives_on_a_section_are_no_road():
    layers = _layers("The ombudsman confirmed new captives on the Hadrut section overnight.")
    assert layers.get("Hadrut") == "other"


def test_a_section_closed_to_cars_stays_a_road():
    assert _layers("Soldiers closed the Martuni section to cars for three hours.").get("Martuni") == "corridors"
