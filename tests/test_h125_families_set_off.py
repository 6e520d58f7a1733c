"""Families or residents who set off for a town are moving house, as those who "left for" or "moved to" it are (the
older sets file such moves as other): no route; a convoy or buses set off for a town, or a group of reporters,
stay on the route."""

from tests.helpers import place_layers


def test_families_who_set_off_for_a_town_move_there(gazetteer):
    text = "On Monday thirty families who had been living in a hostel in Baku set off for Aghdam, the agency said."
    assert place_layers(text, gazetteer, "2023-04-12")["Aghdam"] == "other"


def test_a_convoy_that_set_off_for_a_town_is_on_the_route(gazetteer):
    text = "On Monday a convoy of lorries set off for Aghdam, the agency said."
    assert place_layers(text, gazetteer, "2023-04-12")["Aghdam"] == "corridors"


def test_families_in_buses_that_set_off_for_a_town_are_on_the_route(gazetteer):
    text = "On Monday thirty families set off for Aghdam in a column of buses, the agency said."
    assert place_layers(text, gazetteer, "2023-04-12")["Aghdam"] == "corridors"
