"""Claimants of someone's words printed by an outlet, and of a body named "for" its field where the actor table
writes it "of" the field."""

import pytest

from tests.helpers import claimants

DAY = "2021-10-05"


@pytest.mark.parametrize("text, place, speaker", [
    ("Pashinyan's words to TASS, published on 3 May, were quoted in many outlets: why was there no convoy to Kapan?",
     "Kapan", "Nikol Pashinyan"),
    ("Aliyev's remarks to Anadolu, published on Monday, were quoted widely: why was Berdavan shelled?",
     "Berdavan", "Ilham Aliyev"),
])
def test_someone_s_words_to_an_outlet_are_the_speaker_s(gazetteer, text, place, speaker):
    assert speaker in claimants(text, gazetteer, DAY)[place]


def test_an_outlet_s_own_report_stays_the_outlet_s(gazetteer):
    found = claimants("Berdavan was shelled overnight, TASS reported on Monday.", gazetteer, DAY)
    assert found["Berdavan"] == "Russian media"


def test_a_body_for_its_field_is_the_table_s_body_of_it(gazetteer):
    found = claimants("At Horadiz, survey work began, the State Agency for Automobile Roads said on Tuesday.",
                      gazetteer, DAY)
    assert found["Horadiz"].startswith("Azerbaijani government")


def test_the_contingent_is_the_peacekeepers_the_sentence_names(gazetteer):
    text = ("Villagers in Tegh say the road is closed.\n"
            "The road from Kornidzor to Berdavan stays open under Russian peacekeeper escort, according to the "
            "contingent.")
    assert claimants(text, gazetteer, DAY)["Kornidzor;Berdavan"] == "Russian peacekeepers"


def test_the_contingent_is_the_peacekeepers_named_before(gazetteer):
    text = ("Russian peacekeepers set up a new post on Monday.\n"
            "Farmers in Tegh said the road was closed.\n"
            "Shots were heard near Sotk overnight, according to the contingent.")
    assert claimants(text, gazetteer, DAY)["Sotk"] == "Russian peacekeepers"


def test_a_side_s_police_at_work_make_the_ministry_that_side_s(gazetteer):
    text = "Azerbaijani police kept checking lorries on the road between Goris and Kapan, the Interior Ministry said."
    assert set(claimants(text, gazetteer, DAY).values()) == {"Azerbaijani government (Interior Ministry)"}


def test_without_a_side_s_police_the_ministry_is_the_land_s(gazetteer):
    text = "Police kept checking lorries on the road between Goris and Kapan, the Interior Ministry said."
    assert set(claimants(text, gazetteer, DAY).values()) == {"Armenian government (Interior Ministry)"}
