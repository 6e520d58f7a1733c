"""Provinces named together as where something is, and a province that only locates a village."""

import datetime as dt

from geo.extract import extract_text


def _names(text):
    return {c["place_name"] for c in extract_text(text, dt.date(2024, 6, 1))}


def test_several_provinces_are_the_scene():
    found = _names("Foreign troops still man observation posts in the Shirak, Vayots Dzor and Ararat provinces.")
    assert {"Shirak Province", "Vayots Dzor Province", "Ararat Province"} <= found, found
    assert "Ararat" not in found, found          # the province of the list, not the town


def test_a_province_that_locates_a_village_stays_out():
    found = _names("Police set up a checkpoint outside Chinari, a village in Tavush province, on Monday.")
    assert "Tavush Province" not in found, found
