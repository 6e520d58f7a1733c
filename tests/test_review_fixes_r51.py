"""Review of round 51's rules: ordinary news sentences the new rules read wrongly."""

from tests.helpers import place_layers, waypoint_layers


def places(text, gazetteer):
    return set(place_layers(text, gazetteer)) | set(waypoint_layers(text, gazetteer))


def test_a_villages_former_name_is_description(gazetteer):
    found = places("The village of Tegh was called Getashen until 1967. Shells fell on Kornidzor on Monday.", gazetteer)
    assert "Tegh" not in found and "Kornidzor" in found
