"""A community named in full as a statement's issuer ("the Azerbaijani community of X issued a statement") is the one
a later "the community says" means, in a paragraph of its own too."""

import datetime as dt

from geo.extract import extract_text


PUBLISHED = dt.date(2021, 4, 3)


def claimants(text, gazetteer):
    """The claimants of the events a user sees for ``text``, in order."""
    return [e["claimed_by"] for e in extract_text(text, PUBLISHED, gazetteer)]


def test_the_community_in_the_next_paragraph_is_the_issuer(gazetteer):
    text = ("The Azerbaijani community of Nagorno-Karabakh issued a statement on Friday, and we printed it.\n"
            "The community says houses in Kalbajar were burned in the years since.")
    assert claimants(text, gazetteer) == ["Azerbaijani community of Nagorno-Karabakh"]


def test_the_community_set_off_by_commas_is_the_issuer(gazetteer):
    text = ("The Azerbaijani community of Nagorno-Karabakh has released an appeal for the anniversary.\n"
            "By 5 April 1993, the community says, Kalbajar had been emptied of its people.")
    assert claimants(text, gazetteer) == ["Azerbaijani community of Nagorno-Karabakh"]


def test_a_community_named_with_a_statement_by_it_stays_the_issuer(gazetteer):
    text = ("We read a statement by the Azerbaijani community of Nagorno-Karabakh on Friday.\n"
            "The community also says monuments in Kalbajar were wrecked.")
    assert claimants(text, gazetteer) == ["Azerbaijani community of Nagorno-Karabakh"]


def test_a_village_s_people_called_the_community_are_no_issuer(gazetteer):
    text = "Residents of Tegh met on Monday.\nThe community says shells hit Tegh on Sunday."
    assert "community" not in " ".join(claimants(text, gazetteer)).lower()


def test_the_community_with_none_named_before_has_no_claimant(gazetteer):
    assert claimants("The community said shells hit Tegh on Sunday.", gazetteer) == [""]


def test_a_community_that_issued_nothing_is_not_named_again(gazetteer):
    text = ("The Azerbaijani community of Nagorno-Karabakh gathered in Baku on Friday.\n"
            "The community says houses in Kalbajar were burned.")
    assert "Azerbaijani community of Nagorno-Karabakh" not in claimants(text, gazetteer)[-1:]
