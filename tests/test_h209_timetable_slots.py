"""A timetable's clock-time slots filled by names ("4.00 Mariam, 4.45 Arpi") hold pupils, not towns."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2024, 2, 26)


def places(text):
    return [e["place"] for e in extract_text(text, DAY)]


def test_slot_names_are_no_towns():
    assert places("Wednesday 3.00 Ani, 3.45 Arpi (scales), 4.30 Narek.") == []


def test_time_told_with_at_keeps_the_town():
    assert places("At 4.45 shells fell on Arpi, and at 5.30 on Narek.") == ["Arpi", "Narek"]


def test_one_time_is_no_timetable():
    assert "Arpi" in places("Monday 4.45 Arpi was shelled again, the villagers said.")
