"""A governor named by the title with the holder's name in apposition ("the governor of Syunik, Ashot Melkonyan,")
is the one a later bare "the governor" means, though an outlet spoke in between; no such name, the unnamed regional
governor as before."""

from tests.helpers import claimant_of

OPENING = ("On Tuesday a group of diplomats toured the villages near the border with the governor of Syunik, "
           "Ashot Melkonyan, and two officers, Armenpress reported. ")


def test_bare_governor_after_the_governor_named_in_apposition(gazetteer):
    text = OPENING + "The governor told them that twenty houses had been hit by shells in Tegh."
    assert claimant_of("Tegh", text, gazetteer) == "Ashot Melkonyan"


def test_regional_governor_named_in_apposition(gazetteer):
    text = ("The regional governor, Ashot Melkonyan, met the visitors in Goris on Monday. "
            "Later the governor said that shells had damaged the school in Tegh.")
    assert claimant_of("Tegh", text, gazetteer) == "Ashot Melkonyan"


def test_no_name_after_the_title_leaves_the_unnamed_governor(gazetteer):
    text = ("On Tuesday diplomats toured the villages near the border with the governor of Syunik, Armenpress reported. "
            "The governor told them that twenty houses had been hit by shells in Tegh.")
    assert claimant_of("Tegh", text, gazetteer) == "local officials (regional governor)"


def test_a_place_after_the_title_is_no_governor_s_name(gazetteer):
    text = ("Diplomats were driven to the office of the governor, Kapan Square, on Tuesday. "
            "The governor told them that twenty houses had been hit by shells in Tegh.")
    assert claimant_of("Tegh", text, gazetteer) != "Kapan Square"


def test_a_named_governor_does_not_take_another_speaker_s_words(gazetteer):
    text = OPENING + "The mayor told them that twenty houses had been hit by shells in Tegh."
    assert claimant_of("Tegh", text, gazetteer) != "Ashot Melkonyan"
