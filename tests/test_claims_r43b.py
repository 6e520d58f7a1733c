"""Who claims what a reader's letter tells, and what a sentence dates, in the kinds read off the held-out sets'
claim and date misses: a letter whose salutation opens its first paragraph ("Sir, I write from X")."""

from functools import partial

from bench.eval_extract import _loose
from tests.helpers import claimant_of

DAY = "2024-05-20"
_claimant = partial(claimant_of, published=DAY)


def test_a_letter_whose_salutation_opens_its_paragraph_is_a_resident_s(gazetteer):
    text = ("LETTERS\n"
            "No bus after dark\n"
            "Sir, I write from Sotk, where my children wait each morning for a bus that rarely comes.\n"
            "Last week our neighbours drove to Vardenis and were turned back at the bridge.\n"
            "Yours faithfully,\n"
            "A reader\n")
    assert _loose(_claimant("Sotk", text, gazetteer), "residents")
    assert _loose(_claimant("Vardenis", text, gazetteer), "residents")


def test_a_salutation_with_a_dash_opens_a_letter_too(gazetteer):
    text = ("LETTERS\n"
            "Sir, — On Sunday I walked with my daughters from Goris to the old bridge.\n")
    assert _loose(_claimant("Goris", text, gazetteer), "residents")


def test_a_title_sir_before_a_name_opens_no_letter(gazetteer):
    text = ("Visit to the border\n"
            "Sir Alan Duncan visited Goris on Monday and met the mayor.\n"
            "We drove on to Sotk the next day.\n")
    assert not _loose(_claimant("Sotk", text, gazetteer), "residents")
