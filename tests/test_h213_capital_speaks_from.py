"""A sentence opening "From <capital>," whose own state body then speaks names the capital only as where the word
came from, as "In Baku, the ministry said" does: no event at the capital, while the places the body tells of stay.
Not a journey from the capital, nor a foreign body speaking there."""

import datetime as dt

import pytest

from tests.helpers import place_layers

DAY = dt.date(2020, 10, 20)


@pytest.mark.parametrize("text, told", [
    ("From Baku, the foreign ministry told journalists on Monday that the reports were invented.", None),
    ("From Yerevan, the government said on Monday that Azerbaijani drones had struck Kapan.", "Kapan"),
    ("From Baku, Azerbaijan's defence ministry told the press that Armenian rockets had hit Tartar.", "Tartar"),
])
def test_capital_opening_a_body_s_word_is_no_event(gazetteer, text, told):
    found = place_layers(text, gazetteer, DAY)
    assert "Baku" not in found and "Yerevan" not in found, found
    if told:
        assert told in found, found


@pytest.mark.parametrize("text", [
    "From Baku, the government flew the wounded to Ganja on Monday.",
    "From Baku, the French ambassador said on Monday that the talks would go on.",
])
def test_capital_opening_a_journey_or_a_foreign_word_stays(gazetteer, text):
    assert "Baku" in place_layers(text, gazetteer, DAY)
