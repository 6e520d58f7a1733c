"""Border troops who guard a stretch of the border at a place, or take over its guarding, man a post there:
`checkpoints`. A line or a road they guard, and fire by border guards, keep their own readings."""

from functools import partial

from tests.helpers import waypoint_layers

layers = partial(waypoint_layers, published="2024-06-01")


def test_border_troops_guarding_a_section_of_the_border_at_villages(gazetteer):
    got = layers("Since Monday the border troops have guarded the 3-kilometre section of the state border at Kirants "
                 "and the short section at Berdavan.", gazetteer)
    assert got.get("Kirants") == "checkpoints"
    assert got.get("Berdavan") == "checkpoints"


def test_border_guards_taking_over_the_guarding_of_the_frontier(gazetteer):
    got = layers("The service said its border guards took over the guarding of the frontier near Tegh and Kornidzor "
                 "on Tuesday.", gazetteer)
    assert got.get("Tegh") == "checkpoints"
    assert got.get("Kornidzor") == "checkpoints"


def test_a_line_taken_over_is_not_read_as_a_manned_border(gazetteer):
    got = layers("The service said its border guards took over the guarding of the new line near Tegh on Tuesday.",
                 gazetteer)
    assert got.get("Tegh") != "checkpoints"


def test_border_guards_firing_near_a_village_is_still_fire(gazetteer):
    got = layers("Border guards fired on the border near Tegh overnight, the ministry said.", gazetteer)
    assert got.get("Tegh") == "shelling"


def test_peacekeepers_guarding_a_road_stay_the_road(gazetteer):
    got = layers("Russian peacekeepers guard the Lachin corridor, the only road into Stepanakert.", gazetteer)
    assert got.get("Lachin corridor") == "corridors"
