"""People blocking a road on a stretch named by its two ends ("the road on the A-B section") cut the stretch between
the two places, as "the road between A and B" does: the road's blockade, not a post at each place. A place named
after the stretch ("near C") is still a blocking point there."""

from tests.helpers import place_layers


def test_road_on_a_section_named_by_its_ends(gazetteer):
    found = place_layers("Local people blocked the interstate road on the Ijevan-Noyemberyan section overnight, "
                         "the agency wrote.", gazetteer)
    assert found == {"Ijevan;Noyemberyan": "corridors"}, found


def test_highway_along_a_stretch_with_a_dash(gazetteer):
    found = place_layers("Villagers blocked the highway along the Goris–Kapan stretch on Monday.", gazetteer)
    assert found == {"Goris;Kapan": "corridors"}, found


def test_a_place_named_after_the_stretch_stays_a_blocking_point(gazetteer):
    found = place_layers("Villagers blocked the highway along the Goris–Kapan stretch near Tegh on Monday.", gazetteer)
    assert found.get("Tegh") == "checkpoints", found


def test_a_road_near_a_place_stays_a_blocking_point(gazetteer):
    found = place_layers("Villagers blocked the highway near Goris on Monday.", gazetteer)
    assert found == {"Goris": "checkpoints"}, found


def test_a_road_also_named_by_its_far_ends_is_left_as_it_was(gazetteer):
    found = place_layers("Villagers blocked the Goris-Kapan highway on the Tegh-Kornidzor section on Monday.",
                         gazetteer)
    assert "Goris" not in found and "Goris;Kapan" not in found, found
