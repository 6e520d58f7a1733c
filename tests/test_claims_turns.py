"""Claimants written in the course of a report: a side answering "in turn", people of a village and its
farmers, a relative clause with "and" in it, a body in another side's capital, records "published" by a
government, a state's roads fund, a local body's officials and the owner who speaks as "the farmer"."""

import datetime as dt

import pytest

from geo.extract import extract_text
from tests.helpers import claimant_of


@pytest.mark.parametrize("reply, expected", [
    ("The Armenian ministry in turn said that Azerbaijani units had fired at posts near Chinari.", "Armenian MoD"),
    ("The Armenian ministry, for its part, said that Azerbaijani units had fired at posts near Chinari.",
     "Armenian MoD"),
])
def test_a_side_s_ministry_answering_is_the_same_office_of_that_side(gazetteer, reply, expected):
    text = ("Azerbaijan's Defence Ministry said on Sunday that Armenian units had fired at its posts in the Gazakh "
            "district. " + reply)
    assert claimant_of("Chinari", text, gazetteer) == expected


@pytest.mark.parametrize("text, place", [
    ("People in Berdavan describe machine-gun fire from the hills across the border most evenings.", "Berdavan"),
    ("Farmers from Talish reported that their tractors were fired on near the village last week.", "Talish"),
    # "and" inside the relative clause is not a second subject
    ("Families who once sold honey and cheese in Kapan and Sisian told us nothing had left the valley since "
     "the road closed.", "Sisian"),
])
def test_people_of_a_place_speak_as_residents(gazetteer, text, place):
    assert claimant_of(place, text, gazetteer) == "residents"


def test_a_body_in_a_side_s_capital_is_that_side_s(gazetteer):
    text = "The Prosecutor General's Office in Stepanakert said troops had fired at houses in Mataghis."
    assert claimant_of("Madagiz", text, gazetteer) == "Nagorno-Karabakh authorities"
    text = "The Prosecutor General's Office in Baku said troops had fired at houses in Tartar."
    assert claimant_of("Tartar", text, gazetteer) == "Azerbaijani government (Prosecutor General's Office)"


def test_government_figures_published_later_are_the_government_s(gazetteer):
    text = ("The Armenian government said on Friday that a new terminal had opened in Goris. About 90,000 people "
            "crossed at Margara in 2015, according to government figures released the next year.")
    assert claimant_of("Margara", text, gazetteer, "2016-11-04") == "Armenian government"


@pytest.mark.parametrize("body, expected", [
    ("the Armenian roads fund", "Armenian government"),
    ("the Azerbaijani roads agency", "Azerbaijani government"),
])
def test_a_side_s_roads_fund_speaks_for_its_government(gazetteer, body, expected):
    text = f"Asphalt is being laid on the road between Goris and Kapan, {body} said on Monday."
    assert claimant_of("Kapan", text, gazetteer) == expected


def test_officials_after_a_local_body_are_local_officials(gazetteer):
    text = ("Armenia's Defence Ministry said troops had fired at Berdavan overnight. Engineers from the regional "
            "administration came to Berdavan to repair the water main, officials said.")
    found = [c["claimed_by"] for c in extract_text(text, dt.date(2022, 6, 20), gazetteer, source="test")]
    assert "local officials" in found


@pytest.mark.parametrize("text, expected", [
    ("Pickers in an orchard belonging to Aram Petrosyan near Talish came under fire on Monday, the farmer told "
     "reporters.", "Aram Petrosyan"),
    # no owner named: the farmer is one of the residents; a village "of" a name is a place, no owner
    ("Pickers in an orchard near Talish came under fire on Monday, the farmer told reporters.", "residents"),
    ("Pickers in an orchard near Talish, in the valley of Mets Tagh, came under fire, the farmer told reporters.",
     "residents"),
])
def test_the_farmer_speaking_is_the_owner_the_sentence_names(gazetteer, text, expected):
    assert claimant_of("Talish", text, gazetteer) == expected
