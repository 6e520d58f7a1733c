"""Claimants read from heldout39's kinds of writing, over sentences written for this test: a briefing readout's
question labels, an outlet named after its means ("Radio ..."), traders and hauliers, names private people give,
denials of the other side's reports, present-tense admissions and replies, and a district's own offices."""

import pytest

from tests.helpers import all_claimants


def test_the_outlet_asking_a_question_is_not_the_answer_s_she(gazetteer):
    text = ("Lala Gasimova, head of public relations at the Baku office of the International Committee of the Red "
            "Cross, briefed journalists at noon.\n\n"
            "Gasimova said two lorries had reached Khankendi.\n\n"
            "Q (Azerbaijani state television): Was there any contact with the peacekeepers near Askeran?\n\n"
            "A: She said the committee coordinated each movement with the peacekeeping contingent at its post near "
            "Askeran.")
    [claimant] = all_claimants(text, gazetteer)["Askeran"]
    assert "Gasimova" in claimant


@pytest.mark.parametrize("text, place, expected", [
    ("A convoy of lorries stood for a week near Kornidzor, according to Radio Azatutyun.",
     "Kornidzor", "RFE/RL Armenian Service"),
    ("The village head said by radio that shells had fallen on Talish.", "Talish", "local officials"),
])
def test_an_outlet_named_radio_is_a_source_not_a_means(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("text, place", [
    ("A flour wholesaler in Yerevan said sacks sent in July were still stored in Goris.", "Goris"),
    ('"Our lorries have been parked in Kapan for a month," a haulier said.', "Kapan"),
    ("Hauliers in Syunik said the road through Sisian was quiet.", "Sisian"),
])
def test_traders_and_hauliers_speak_as_residents(gazetteer, text, place):
    assert all_claimants(text, gazetteer)[place] == ["residents"]


@pytest.mark.parametrize("text, place, expected", [
    ("A driver at a petrol station, who gave his name as Rauf, said the lorry had waited in Barda for two days.",
     "Barda", ["residents (Rauf)"]),
    ("A shepherd from Talish, who asked me to call him Arsen, reached Martakert on foot last week.",
     "Martakert", ["residents"]),
])
def test_a_private_person_giving_a_name_is_a_resident(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == expected


@pytest.mark.parametrize("text, expected", [
    ("On Thursday the Azerbaijani Defence Ministry dismissed as false Armenian reports that its troops had left "
     "the heights near Talish.", "Azerbaijani MoD"),
    ('The Azerbaijani Defence Ministry called "baseless" Armenian media reports that Talish had been retaken.',
     "Azerbaijani MoD"),
    # the other side's own report, named with its article, stays that side's claim
    ("The Artsakh Defence Army rejected as false an Azerbaijani report that its units had fired on Talish.",
     "Azerbaijani government"),
])
def test_a_denial_of_reports_is_the_denier_s_claim(gazetteer, text, expected):
    assert all_claimants(text, gazetteer)["Talish"] == [expected]


@pytest.mark.parametrize("text, place, expected", [
    ("The Defence Army admits losses in the north, in the direction of Talish.", "Talish",
     "Nagorno-Karabakh authorities"),
    ("A retired colonel told a local paper that the line had moved. Armenian officials reply that the line around "
     "Martakert still holds.", "Martakert", "Armenian government"),
])
def test_present_tense_admissions_and_replies_are_claims(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_a_district_s_own_office_is_local_officials(gazetteer):
    text = "A farmer was wounded by shrapnel near Tartar on Sunday, the district health office said."
    assert all_claimants(text, gazetteer)["Tartar"] == ["local officials"]
