"""Ordinary sentences that earlier rules misread: a rally near a building, a word of loss or recovery that is no
change of control, a closing speaker that is no source, a body that is neither side's, a question that is no claim,
troops crossing a river under fire."""

import datetime as dt

import pytest

from geo.extract import extract_text


def rows(text, gazetteer, published="2023-03-15"):
    """Place → its rows (layer, kind, claimant)."""
    found = {}
    for c in extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test"):
        found.setdefault(c["place_name"], []).append(c)
    return found


@pytest.mark.parametrize("text, place", [
    ("Hundreds of people protested near the government building in Yerevan on Monday.", "Yerevan"),
    ("Opposition supporters held a rally near Gyumri's central square.", "Gyumri"),
    ("Villagers demonstrated near Goris's town hall.", "Goris"),
])
def test_a_rally_near_a_building_or_square_is_no_blocking_point(gazetteer, text, place):
    assert [c["layer"] for c in rows(text, gazetteer)[place]] == ["other"]


@pytest.mark.parametrize("text, place", [
    ("Activists rallied near the Kornidzor crossing on Friday.", "Kornidzor"),
    ("Protesters near Berdzor blocked the road on Tuesday.", "Lachin"),
    ("The protest near Lachin entered its fifth day.", "Lachin"),
])
def test_a_protest_near_a_crossing_or_outside_a_town_blocks_it(gazetteer, text, place):
    assert [c["layer"] for c in rows(text, gazetteer)[place]] == ["checkpoints"]


@pytest.mark.parametrize("text, place", [
    ("Deminers recovered 300 mines in the Aghdam district.", "Aghdam District"),
    ("Police recovered stolen weapons near Tegh.", "Tegh"),
    ("He spoke of the loss of his son in Hadrut.", "Hadrut"),
    ("Farmers fear the loss of their pastures near Kirants.", "Kirants"),
])
def test_things_recovered_or_lost_near_a_place_are_no_change_of_control(gazetteer, text, place):
    assert "control" not in [c["kind"] for c in rows(text, gazetteer).get(place, [])]


@pytest.mark.parametrize("text, place", [
    ("The army recovered Horadiz after a week of fighting.", "Horadiz"),
    ("Armenian troops recovered the heights above Martuni on Sunday.", "Khojavend"),
    ("After the loss of Lachin the road to Armenia was cut.", "Lachin"),
])
def test_a_place_recovered_or_lost_or_won_back_by_an_army_changes_hands(gazetteer, text, place):
    assert "control" in [c["kind"] for c in rows(text, gazetteer)[place]]
