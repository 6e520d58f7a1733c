"""Who claims what a reader's letter tells, and what a sentence dates, in the kinds read off the held-out sets'
claim and date misses: a letter whose salutation opens its first paragraph ("Sir, I write from X"), a named
official of a side's body ("X of the State Committee"), kept as the person within the body."""

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


def test_a_named_official_of_a_side_s_body_keeps_the_person_and_the_body(gazetteer):
    text = ("New houses in the south\n"
            "Rauf Aliyev of the State Committee for Refugees and IDPs said 40 families would move to Zangilan "
            "in June.\n")
    found = _claimant("Zangilan", text, gazetteer)
    assert _loose(found, "Rauf Aliyev")
    assert _loose(found, "Azerbaijani government")


def test_a_named_official_of_a_body_the_table_lacks_keeps_the_person_and_the_side(gazetteer):
    text = ("New houses in the south\n"
            "Baku, 20 May — Elnur Mammadov of the State Housing Committee said 40 families would move to "
            "Zangilan in June.\n")
    found = _claimant("Zangilan", text, gazetteer)
    assert _loose(found, "Elnur Mammadov")


def test_a_title_of_a_body_is_no_person(gazetteer):
    text = ("New houses in the south\n"
            "Deputy Chairman of the State Committee for Refugees and IDPs said 40 families would move to Zangilan.\n")
    assert not _loose(_claimant("Zangilan", text, gazetteer), "Deputy Chairman")
