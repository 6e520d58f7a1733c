"""The Institute for War and Peace Reporting is one outlet whether written in full, with an ampersand or as IWPR."""

from functools import partial

from geo.extract.actors import canonical_actor
from tests.helpers import claimant_of

claim = partial(claimant_of, published="2023-10-06")


def test_the_three_spellings_are_one_outlet():
    assert canonical_actor("IWPR") == canonical_actor("Institute for War and Peace Reporting") \
        == canonical_actor("Institute for War & Peace Reporting") == "Institute for War and Peace Reporting"


def test_initials_as_claimant(gazetteer):
    text = "Families from Karabakh were housed in a school in Goris last week, IWPR reported."
    assert claim("Goris", text, gazetteer) == "Institute for War and Peace Reporting"


def test_another_institute_is_not_it():
    assert canonical_actor("Institute of Peace") != "Institute for War and Peace Reporting"
