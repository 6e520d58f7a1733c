"""A television channel named again by its kind ("the channel said") is the outlet heard before it, as "the paper"
and "the radio" are; and an outlet's own team sent to a place tells what it found there."""

from tests.helpers import claimant_of


def test_the_channel_is_the_outlet_named_before(gazetteer):
    text = ("Al Jazeera reported on Monday that shells had hit Goris. "
            "The channel said the road to Kalbajar had been closed by snow on Sunday.")
    assert claimant_of("Kalbajar", text, gazetteer) == "Al Jazeera"


def test_the_tv_channel_is_the_outlet_named_before(gazetteer):
    text = ("Euronews reported that the first families had moved back to Lachin. "
            "The TV channel said families had moved back to Shusha.")
    assert claimant_of("Shusha", text, gazetteer) == "Euronews"


def test_the_channel_with_no_outlet_before_stays_unresolved(gazetteer):
    text = "The channel said families had moved back to Shusha."
    assert claimant_of("Shusha", text, gazetteer) != "Euronews"


def test_an_outlets_team_that_went_and_found(gazetteer):
    text = "Euronews's team went up to the Sarsang reservoir and found the water far below its usual line."
    assert claimant_of("Sarsang Reservoir", text, gazetteer) == "Euronews"


def test_an_outlets_team_with_a_plural_possessive(gazetteer):
    text = "Reuters' crew drove to Lachin on Monday and saw lorries waiting at the checkpoint."
    assert claimant_of("Lachin", text, gazetteer) == "Reuters"


def test_a_nations_team_is_no_outlet(gazetteer):
    text = "Armenia's team went to Jermuk and found the hotels full."
    assert claimant_of("Jermuk", text, gazetteer) != "Armenia"


def test_a_team_that_only_went_tells_nothing_of_its_own(gazetteer):
    text = "Euronews's team went to Lachin on Monday."
    assert claimant_of("Lachin", text, gazetteer) != "Euronews"
