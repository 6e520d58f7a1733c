"""Who claims, in the kinds read off heldout216's claim misses: an outlet the actor table does not know, named in
full before "'s account" at the head of the sentence ("By Hraparak Daily's account, ..."), as "according to X"."""

from functools import partial

from tests.helpers import claimant_of, rows

DAY = "2022-09-20"
_claimant = partial(claimant_of, published=DAY)


def test_an_unlisted_outlet_s_account_opening_the_sentence_is_its_claim(gazetteer):
    text = "By Hraparak Daily's account the shelling of Sotk went on until dawn on Tuesday.\n"
    assert _claimant("Sotk", text, gazetteer) == "Hraparak Daily"


def test_a_later_bare_paper_is_that_outlet(gazetteer):
    text = ("By Hraparak Daily's account the shelling of Sotk went on until dawn on Tuesday.\n"
            "Artillery hit Vardenis again in the afternoon, the paper wrote.\n")
    assert _claimant("Vardenis", text, gazetteer) == "Hraparak Daily"


def test_a_day_s_account_is_no_one_s_claim(gazetteer):
    text = "By Monday Morning's account the shelling of Sotk went on until dawn.\n"
    assert _claimant("Sotk", text, gazetteer) == ""


def test_an_account_paid_from_is_no_claim(gazetteer):
    text = "The fee for the guest house in Sotk was paid by Hraparak Daily's account at the bank.\n"
    assert all(c["claimed_by"] == "" for c in rows(text, gazetteer, DAY))

