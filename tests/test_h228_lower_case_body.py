"""A body the actor table files under its own name, written all in lower case ("the ministry of territorial
administration said"), is named in full: a later bare "the ministry" is that body, not a third country's ministry
heard before it."""

from tests.helpers import claimant_of

TERRITORIAL = "Armenian government (Ministry of Territorial Administration and Infrastructure)"
OPENING = ("The talks in Moscow were friendly, the Russian foreign ministry said on Monday. "
           "Later the ministry of territorial administration said that two schools had been hit in the border "
           "provinces. ")


def test_bare_ministry_after_a_lower_case_name_is_that_ministry(gazetteer):
    text = OPENING + "The ministry said that roofs of forty houses had been smashed by shells in Sotk."
    assert claimant_of("Sotk", text, gazetteer) == TERRITORIAL


def test_the_ministry_s_count_after_a_lower_case_name(gazetteer):
    text = OPENING + "In Kut, by the ministry's count, the school and a shop had been hit by shells."
    assert claimant_of("Kut", text, gazetteer) == TERRITORIAL


def test_a_lower_case_office_of_no_named_side_changes_nothing(gazetteer):
    # "the ministry of defence" is no row of the table word for word: the ministry heard before stays
    text = ("The talks in Moscow were friendly, the Russian foreign ministry said on Monday. "
            "Reporters asked the ministry of defence about it. "
            "The ministry said the talks would go on in Sochi.")
    assert claimant_of("Sochi", text, gazetteer) != TERRITORIAL


def test_a_ministry_of_an_unknown_field_is_not_read_as_the_territorial_one(gazetteer):
    text = ("Later the ministry of culture said that two museums were shut. "
            "The ministry said the museum in Goris had been hit by shells.")
    assert claimant_of("Goris", text, gazetteer) != TERRITORIAL


def test_the_territorial_ministry_named_as_a_place_of_work_is_no_speaker_later(gazetteer):
    # the body named only where someone works still names the ministry, but a later bare speaker of another
    # office stays its own
    text = ("A clerk of the ministry of territorial administration drove to Jermuk. "
            "The defence ministry said that shells had fallen near Jermuk overnight.")
    assert claimant_of("Jermuk", text, gazetteer) != TERRITORIAL
