"""Claimants of two shapes: a body's list of villages is the body's claim, and a person who "recalled in an
interview that" speaks as one who said it."""

from tests.helpers import claimant_of


def test_a_capitals_list_of_villages_is_the_capitals_claim(gazetteer):
    text = "Baku's list of villages it said came under fire also included Tartar."
    assert claimant_of("Tartar", text, gazetteer) != "Baku's list of villages"
    assert "list" not in claimant_of("Tartar", text, gazetteer)


def test_recalled_in_an_interview_names_the_speaker(gazetteer):
    text = "Kocharyan recalled in the same interview that soldiers had stopped a minibus on the Goris-Kapan road."
    assert claimant_of("Goris", text, gazetteer) == "Kocharyan"


def test_an_envoy_recalled_is_no_claim(gazetteer):
    assert claimant_of("Goris", "The ministry recalled its envoy from Goris on Monday.", gazetteer) == ""


def test_an_outlet_carrying_a_bodys_account_passes_on_the_bodys_claim(gazetteer):
    text = "The weekly carried the account of the defence ministry: shells hit Tartar on Monday."
    assert claimant_of("Tartar", text, gazetteer) not in ("", "The weekly")
