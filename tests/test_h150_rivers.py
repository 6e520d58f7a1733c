"""A river named bare after a crossing verb ("crossed the Araks", "had gone across the Araz") is the river crossed,
even where a village elsewhere bears the same bare name; elsewhere the bare name stays the village's."""

import datetime as dt

from geo.extract import extract_text


def _events(gazetteer, text):
    return {e["place_name"]: (e["layer"], e["country"])
            for e in extract_text(text, dt.date(1993, 9, 1), gazetteer, source="test")}


def test_a_bare_river_name_crossed_is_the_river(gazetteer):
    found = _events(gazetteer, "Some three hundred villagers crossed the Araks into Iran overnight, aid workers said.")
    assert found.get("Araz River", ("",))[0] == "corridors", found
    assert "Araks" not in found, found


def test_gone_across_a_river_is_a_crossing(gazetteer):
    found = _events(gazetteer, "By dawn about a thousand families had gone across the Aras to the Iranian bank.")
    assert found.get("Araz River", ("",))[0] == "corridors", found


def test_the_village_of_the_same_name_is_kept_without_a_crossing(gazetteer):
    found = _events(gazetteer, "Shells fell on Araks village near Armavir on Monday evening.")
    assert "Araz River" not in found, found
    assert found.get("Araks", ("", ""))[1] == "AM", found


def test_a_river_gone_along_only_locates(gazetteer):
    found = _events(gazetteer, "Shells landed in a village that has gone along the Araz for centuries.")
    assert "Araz River" not in found, found


def test_a_bridge_across_a_bare_river_name_is_no_crossing_of_the_river(gazetteer):
    found = _events(gazetteer, "A temporary bridge across the Araks near Julfa was opened in the spring of 1992.")
    assert "Araz River" not in found, found
