"""The Karabakh authorities' information centre written "Info Center" is the same body."""

from tests.helpers import claimant_of


def test_the_info_center_is_the_karabakh_authorities(gazetteer):
    who = claimant_of("Stepanakert", "The Artsakh Info Center said shells hit Stepanakert on Monday.", gazetteer)
    assert who == "Nagorno-Karabakh authorities", who


def test_the_full_name_still_reads_the_same(gazetteer):
    who = claimant_of("Stepanakert", "The Artsakh Information Center said shells hit Stepanakert on Monday.", gazetteer)
    assert who == "Nagorno-Karabakh authorities", who
