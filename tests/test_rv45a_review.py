"""Claimants told again, in wordings other than those their rules were written from: "the agency" after a person
the table files under a post, or after a wire the table lacks; an outlet known by its letters counting without "the"
("by AFP's count"); "the group" after a group that is no rights group, or after another group was named; a state
committee for family that is not Azerbaijan's."""

from functools import partial

from tests.helpers import claimant_of, claimants

claim = partial(claimant_of, published="2021-06-10")


def test_agency_after_a_person_the_table_files_is_the_outlet(gazetteer):
    text = ("Reuters reported that shelling resumed near Tartar. Hikmet Hajiyev said the shelling was deliberate. "
            "The agency added that shells also fell on Aghdam on Monday.")
    assert claim("Aghdam", text, gazetteer) == "Reuters"


def test_agency_after_a_prime_minister_is_the_outlet(gazetteer):
    text = ("Reuters reported that shelling resumed near Goris. Nikol Pashinyan said the shelling was deliberate. "
            "The agency added that shells also fell on Kornidzor on Monday.")
    assert claim("Kornidzor", text, gazetteer) == "Reuters"


def test_agency_after_a_person_quoted_by_a_wire_letters(gazetteer):
    text = ("AFP reported that shelling resumed near Goris. Aram Petrosyan, a local doctor, said three houses were "
            "hit. The agency added that shells also fell on Kornidzor on Monday.")
    assert claim("Kornidzor", text, gazetteer) == "AFP"


def test_he_after_a_prime_minister_stays_the_prime_minister(gazetteer):
    text = ("Reuters reported that shelling resumed near Goris. Nikol Pashinyan said the shelling was deliberate. "
            "He added that shells also fell on Kornidzor on Monday.")
    assert claim("Kornidzor", text, gazetteer) == "Armenian PM (Nikol Pashinyan)"


def test_a_state_agency_named_after_the_person_is_still_that_agency(gazetteer):
    text = ("Reuters reported on Thursday that 500 refugees arrived in Goris. Aram Petrosyan of the State Migration "
            "Agency said more were expected. The agency added that 200 had crossed at Kornidzor on Monday.")
    assert claim("Kornidzor", text, gazetteer) == "Armenian government (State Migration Agency)"


def test_agency_after_a_person_quoted_by_reuters(gazetteer):
    text = ("Reuters reported that shelling resumed near Goris. Aram Petrosyan, a local doctor, said three houses "
            "were hit. The agency added that shells also fell on Kornidzor on Monday.")
    assert claim("Kornidzor", text, gazetteer) == "Reuters"


def test_count_of_an_outlet_known_by_its_letters_without_the(gazetteer):
    found = claimants("By AFP's count, at least 12 houses were destroyed in Tartar on Sunday.", gazetteer)
    assert found["Tartar"] == "AFP", found


def test_count_of_a_wire_the_table_files_by_its_letters(gazetteer):
    found = claimants("By TASS's count, at least 12 houses were destroyed in Tartar on Sunday.", gazetteer)
    assert found["Tartar"] == "Russian media", found


def test_count_of_an_outlet_opening_with_its_letters(gazetteer):
    found = claimants("By JAMnews's count, 85 more families moved into new houses in Aghdam on 2 March.", gazetteer)
    assert found["Aghdam"] == "JAMnews", found


def test_count_of_a_rights_group_by_its_letters(gazetteer):
    found = claimants("By HRW's count, at least 12 houses were destroyed in Tartar on Sunday.", gazetteer)
    assert found["Tartar"] == "Human Rights Watch", found


def test_count_of_letters_no_one_files_names_no_one(gazetteer):
    found = claimants("By NATO's count, three shells fell on Barda during the night.", gazetteer)
    assert found["Barda"] == "", found


def test_an_outlets_bank_account_is_no_account_told(gazetteer):
    found = claimants("The deposit was paid into the BBC's account at a bank in Aghdam.", gazetteer)
    assert found["Aghdam"] == "", found


def test_the_group_after_a_group_named_so(gazetteer):
    found = claimants("The International Crisis Group said on Tuesday that fighting near Tartar was the worst since "
                      "2016. The group said shells had also fallen on Barda.", gazetteer)
    assert found["Barda"] == "International Crisis Group", found


def test_the_group_after_the_minsk_group_co_chairs(gazetteer):
    found = claimants("The OSCE Minsk Group co-chairs said on Tuesday that shells had fallen on Tartar. The group "
                      "called for calm and said that Barda had also been hit.", gazetteer)
    assert found["Barda"] == "OSCE Minsk Group", found


def test_the_group_after_farmers_told_since_the_rights_group_is_no_one(gazetteer):
    found = claimants("Human Rights Watch said on Tuesday that its researchers had found cluster munitions in Barda.\n"
                      "A group of farmers from Tartar met the governor on Wednesday. The group said that shells had "
                      "fallen on Goranboy.", gazetteer)
    assert found["Goranboy"] == "", found


def test_the_group_after_a_rights_group_described_as_one(gazetteer):
    found = claimants("Human Rights Watch, a rights group based in New York, said its researchers had found cluster "
                      "munitions in Barda. The group said rockets had also hit Goranboy in October.", gazetteer)
    assert found["Goranboy"] == "Human Rights Watch", found


FAMILY = "Azerbaijani government (State Committee for Family, Women and Children Affairs)"


def test_a_committee_for_family_reunification_is_not_azerbaijans_family_committee(gazetteer):
    text = ("A state committee for family reunification in Yerevan said 40 refugees from Goris were reunited with "
            "relatives.")
    assert claim("Goris", text, gazetteer) != FAMILY


def test_another_countrys_committee_for_family_is_not_azerbaijans(gazetteer):
    text = "Tajikistan's State Committee for Family said that a delegation had visited Goranboy."
    assert claim("Goranboy", text, gazetteer) != FAMILY


def test_the_committee_after_the_family_committee_in_another_spelling(gazetteer):
    text = ("The State Committee on Family, Women and Children's Affairs published its figures on Monday. "
            "According to the committee, 9 women had been killed by shells in Goranboy.")
    assert claim("Goranboy", text, gazetteer) == FAMILY
