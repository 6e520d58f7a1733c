"""Layers heldout105 showed: prisoners flown home on a plane that lands are an exchange (other), not traffic on a
route; a plane carrying goods that lands is still a delivery by air (corridors)."""

from tests.helpers import place_layers


def test_a_plane_carrying_prisoners_lands(gazetteer):
    text = "A chartered plane carrying 15 Azerbaijani prisoners landed at the airport in Ganja on Friday evening."
    assert place_layers(text, gazetteer).get("Ganja") == "other"


def test_a_plane_carrying_medicines_lands(gazetteer):
    text = "A plane carrying medicines and blankets landed in Goris on Friday evening."
    assert place_layers(text, gazetteer).get("Goris") == "corridors"


def test_aid_from_a_country_crossed_a_bridge(gazetteer):
    text = "Relief aid from Georgia crossed the Hakari bridge on Tuesday morning, the ministry said."
    assert place_layers(text, gazetteer).get("Hakari Bridge") == "corridors"


def test_aid_from_a_country_handed_out_in_a_town(gazetteer):
    text = "Relief aid from Georgia was handed out to families in Goris on Tuesday."
    assert place_layers(text, gazetteer).get("Goris") != "corridors"
