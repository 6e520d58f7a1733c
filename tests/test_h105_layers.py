"""Layers heldout105 showed: prisoners flown home on a plane that lands are an exchange (other), not traffic on a
route; a plane carrying goods that lands is still a delivery by air (corridors)."""

from tests.helpers import place_layers


def test_a_plane_carrying_prisoners_lands(gazetteer):
    text = "A chartered plane carrying 15 Azerbaijani prisoners landed at the airport in Ganja on Friday evening."
    assert place_layers(text, gazetteer).get("Ganja") == "other"


def test_a_plane_carrying_medicines_lands(gazetteer):
    text = "A plane carrying medicines and blankets landed in Goris on Friday evening."
    assert place_layers(text, gazetteer).get("Goris") == "corridors"
