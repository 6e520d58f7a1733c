"""Claimants of a town's unnamed people (a nurse, market traders, "people tell me", the writer's relatives), a
side's name for a place set aside ("Gorus, as Baku calls it") as no claim, "nobody" as no speaker."""

import pytest

from tests.helpers import claimants

DAY = "2023-05-05"


@pytest.mark.parametrize("text, place", [
    ("Goris: The district clinic took in three wounded men brought from Martuni on Friday, a nurse told our reporter.",
     "Goris"),
    ("The bazaar's fruit traders said that prices in Meghri had doubled since the road was cut.", "Meghri"),
    ("Traders in Vardenis said the road to Martakert was closed on Monday.", "Martakert"),
])
def test_a_town_s_unnamed_people_are_its_residents(gazetteer, text, place):
    assert claimants(text, gazetteer, DAY)[place] == "residents"


@pytest.mark.parametrize("text, place", [
    ("Back in Goris — Gorus, as Baku calls it — people tell me the checkpoint stays shut.", "Goris"),
    ("Back in Goris, or Gorus as Baku calls it, people tell me the checkpoint stays shut.", "Goris"),
])
def test_a_naming_aside_leaves_the_speaker_after_it(gazetteer, text, place):
    assert claimants(text, gazetteer, DAY)[place] == "residents"


def test_a_naming_aside_alone_names_no_claimant(gazetteer):
    found = claimants("Queues for fuel grew in Martuni, Khojavend as the Azerbaijanis call it, on Monday.",
                      gazetteer, DAY)
    assert all(who == "" for who in found.values())


def test_a_relative_s_pronoun_is_the_relative_s(gazetteer):
    text = ("The state news agency reported heavy fighting. My uncle lives in Martuni, or Khojavend as the "
            "Azerbaijanis say, and he tells me that on Monday he waited for hours for fuel.")
    assert "residents" in claimants(text, gazetteer, DAY).values()


def test_nobody_is_no_claimant(gazetteer):
    text = ("The governor of Syunik said the talks went well.\n\nThe trouble is that nobody in Kapan believes him, "
            "and so nobody drives to Meghri any more.")
    found = claimants(text, gazetteer, DAY)
    assert "nobody" not in found.get("Meghri", "").lower()


def test_a_guide_at_the_site_is_one_of_the_residents(gazetteer):
    text = "According to guides at the site, the path to the Tatev monastery was closed for two days in May.\n"
    assert claimants(text, gazetteer)["Tatev"] == "residents"


def test_a_couple_met_on_the_way_are_residents(gazetteer):
    text = "A Belgian couple said they had been turned back on the road to Tatev by the police on Sunday.\n"
    assert claimants(text, gazetteer)["Tatev"] == "residents"
