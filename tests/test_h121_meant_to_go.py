"""A move told as what was to happen next ("were to be driven on to hospitals in X") is a plan: nothing happened at X."""
import datetime as dt

from geo.extract import extract_text


def _places(text):
    return {name for e in extract_text(text, dt.date(2023, 9, 28)) for name in e["place"].split(";")}


def test_patients_to_be_driven_on_is_a_plan():
    text = "The ministry said the wounded were to be driven on to hospitals in Vanadzor after a night in the clinic."
    assert "Vanadzor" not in _places(text)


def test_from_where_they_were_to_go_on_is_a_plan():
    text = "The burned were flown to Kapan, from where they were to go on to Vanadzor."
    assert "Vanadzor" not in _places(text)


def test_patients_driven_to_hospitals_stay():
    # negative case: the move happened
    text = "The ministry said the wounded were driven on to hospitals in Vanadzor after a night in the clinic."
    assert "Vanadzor" in _places(text)
