"""Claimants told again after they were named: an outlet known by its letters owning an account ("By the BBC's
account, ..."), a rights group named again as "the group", and a pronoun that documented something ("It had
earlier documented the attack on X") after the body that spoke."""

from tests.helpers import claimants


def test_account_of_an_outlet_known_by_its_letters(gazetteer):
    found = claimants("By the CNN's account, three shells fell on Barda during the night.", gazetteer)
    assert found["Barda"] == "CNN", found


def test_account_of_an_acronym_that_is_no_outlet_names_no_one(gazetteer):
    found = claimants("In the NATO's account, three shells fell on Barda during the night.", gazetteer)
    assert found["Barda"] != "NATO", found


def test_the_group_after_a_rights_group(gazetteer):
    found = claimants("Amnesty International said on Tuesday that its staff had found shell fragments in Barda.\n"
                      "The group also said that rockets had been fired at the Goranboy district in October.", gazetteer)
    assert found["Goranboy District"] == "Amnesty International", found


def test_the_group_after_villagers_is_no_one_known(gazetteer):
    found = claimants("A group of farmers from Barda met the governor on Tuesday.\n"
                      "The group said that shells had fallen on the Goranboy district.", gazetteer)
    assert found["Goranboy District"] == "", found


def test_a_pronoun_that_documented_after_a_rights_group(gazetteer):
    found = claimants("Amnesty International said on Tuesday that its staff had found shell fragments in Barda.\n"
                      "It had earlier documented the rocket attack on the town of Yevlakh.", gazetteer)
    assert found["Yevlakh"] == "Amnesty International", found


def test_a_device_that_recorded_claims_nothing(gazetteer):
    found = claimants("A camera was fixed on the roof of the school in Barda last year.\n"
                      "It recorded two explosions in the town of Yevlakh in October.", gazetteer)
    assert found["Yevlakh"] == "", found
