"""Claimants of a side's count and of a watchdog's record: "By the Armenian count, X had been hit" is that side's
claim, as "In the Armenian account" is; and a body that "documents" an attack claims it, as one that records it
does (a sentence with no such word keeps no claimant)."""

import datetime as dt
from functools import partial

from tests.helpers import claimant_of


claimant = partial(claimant_of, published=dt.date(2021, 2, 1))


def test_a_sides_count_is_its_claim(gazetteer):
    text = "By the Armenian count, Stepanakert had been shelled on 2, 3 and 9 October."
    assert "Armenia" in claimant("Stepanakert", text, gazetteer)


def test_a_watchdog_documenting_an_attack_claims_it(gazetteer):
    text = "Amnesty International documented a cluster munition strike on Stepanakert that killed two people."
    assert claimant("Stepanakert", text, gazetteer) == "Amnesty International"


def test_an_attack_told_plainly_has_no_claimant(gazetteer):
    text = "A cluster munition strike on Stepanakert killed two people."
    assert claimant("Stepanakert", text, gazetteer) == ""
