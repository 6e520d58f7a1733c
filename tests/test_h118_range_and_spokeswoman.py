"""A range that only places the pass after it, and a named UN refugee agency spokeswoman.

"over the A mountains through the B pass", "over the A range and the B pass": the way is the pass; the range only
says where it lies, so the range is no event (older sets annotate only the pass in that wording). A range crossed
with no pass named, or fire told at it, stays. The UNHCR spokeswoman named in full is read as the UN, as the other
UN spokespeople of the actors table are."""

from functools import partial

from geo.extract.actors import canonical_actor
from tests.helpers import waypoint_layers

layers = partial(waypoint_layers, published="1993-04-09")


def test_range_before_the_pass_is_left_out(gazetteer):
    text = "Hundreds of villagers walked north over the Mrav mountains through the Omar pass, carrying their children."
    found = layers(text, gazetteer)
    assert "Murovdag" not in found
    assert "Omar Pass" in found


def test_range_and_the_pass_is_left_out(gazetteer):
    text = "The last open track climbs over the Murov range and the Omar pass before it drops towards Goygol."
    assert "Murovdag" not in layers(text, gazetteer)


def test_range_without_a_pass_stays(gazetteer):
    # negative: no pass named after the range
    text = "Snow has closed the road over the Murov range since Monday, the drivers said."
    assert "Murovdag" in layers(text, gazetteer)


def test_range_under_fire_stays(gazetteer):
    # negative: fire told at the range and the pass
    text = "Artillery shelled the Murov range and the Omar pass all night."
    assert "Murovdag" in layers(text, gazetteer)


def test_unhcr_spokeswoman_is_the_un():
    assert canonical_actor("Marie Okabe") == canonical_actor("UNHCR")
