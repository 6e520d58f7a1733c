"""Who claims, in the kinds read off heldout216's claim misses: an outlet the actor table does not know, named in
full before "'s account" at the head of the sentence ("By Hraparak Daily's account, ..."), as "according to X"; and
a person named after their office at the head of a sentence ("The governor of X, A B, answered ...") as whom a
later "he" means, though an outlet reported it."""

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


# a person named after their office, set off by commas, at the head of a sentence is whom a later "he" means, though
# an outlet reported that sentence or the one before
def test_he_after_an_office_and_name_is_that_person(gazetteer):
    text = ("Hraparak Daily reported that shells hit Sisian on Monday.\n"
            "The mayor of Goris, Arush Arushanyan, met reporters in his office on Thursday.\n"
            "He said shells had fallen on the outskirts of Goris overnight.\n")
    assert _claimant("Goris", text, gazetteer) == "Arush Arushanyan"


def test_he_after_an_office_and_name_reported_by_an_outlet_is_that_person(gazetteer):
    text = ("The prime minister, Nikol Pashinyan, toured the Syunik province on Monday, Hraparak Daily reported.\n"
            "In Kapan, he wrote on Facebook, a new school is being built.\n")
    assert "Pashinyan" in _claimant("Kapan", text, gazetteer)


def test_a_list_of_offices_names_no_person_for_he(gazetteer):
    text = ("Hraparak Daily reported that shells hit Sisian on Monday.\n"
            "The mayor of Goris, the priest and the school's head met reporters on Thursday.\n"
            "He said shells had fallen on the outskirts of Goris overnight.\n")
    assert _claimant("Goris", text, gazetteer) in ("", "Hraparak Daily")
