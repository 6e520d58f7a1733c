"""A ministry's account told by "the same ministry's account" (or "the ministry's account") is the ministry named
before, as "the same ministry said" is; and a capital's request told later in the sentence ("and Yerevan has asked
Baku to investigate") does not take over the ministry's claim."""

from functools import partial

from tests.helpers import claimant_of

claimant = partial(claimant_of, published="2025-05-10")

FIRST = "The defence ministry said Azerbaijani units fired towards Tegh late on 13 April.\n\n"


def test_the_same_ministrys_account_is_the_ministry_named_before(gazetteer):
    text = FIRST + "On Friday night a barn in Khnatsakh was hit, by the same ministry's account."
    assert claimant("Khnatsakh", text, gazetteer) == "Armenian MoD"


def test_a_capitals_request_after_it_does_not_take_the_claim(gazetteer):
    text = (FIRST + "On Friday night a barn in Khnatsakh was hit, according to the ministry, and Yerevan has asked "
            "Baku to investigate.")
    assert claimant("Khnatsakh", text, gazetteer) == "Armenian MoD"


def test_a_capitals_own_account_stays_the_capitals(gazetteer):
    text = FIRST + "On Friday night a barn in Khnatsakh was hit, by Yerevan's account."
    assert claimant("Khnatsakh", text, gazetteer) != "Armenian MoD"
