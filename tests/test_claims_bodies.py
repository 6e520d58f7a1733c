"""Whose a body's word is: a broadcaster's language service, a diaspora group, a private fund or a news,
refugee or ambulance agency is no side's government; a side's ministry reporting the other army's incursion
is not that army's; a body named without its side is the side of the place, or of the capital the sentence
reports from, before the last speaker's; a device that records something claims nothing."""

import pytest

from geo.extract.actors import SIDES, canonical_actor, load_actors
from tests.helpers import claimants


@pytest.mark.parametrize("text, place, expected", [
    ("Shells landed on Sotk before dawn, RFE/RL's Armenian Service reported.", "Sotk",
     "RFE/RL Armenian Service"),
    ("The BBC Azerbaijani Service reported that two shells struck Tartar.", "Tartar", "BBC Azerbaijani Service"),
    ("The Armenian National Committee of America said Azerbaijani units fired at Jermuk.", "Jermuk",
     "Armenian National Committee of America"),
    ("The Karabakh Foundation said it would pay for a clinic in Stepanakert.", "Stepanakert", "Karabakh Foundation"),
    ("The Armenian Fund USA said it would pay for a clinic in Goris.", "Goris", "Armenian Fund USA"),
])
def test_broadcasters_diaspora_groups_and_private_funds_keep_their_own_name(gazetteer, text, place, expected):
    assert claimants(text, gazetteer)[place] == expected


@pytest.mark.parametrize("text, place", [
    ("Azerbaijani forces fired across the border at night. A woman was injured in Sotk, the state news agency "
     "said.", "Sotk"),
    ("The fighting went on for days. Some 90,000 people had reached Goris by Friday, the refugee agency said.",
     "Goris"),
    ("Karabakh officials said drones hit Martuni. Two men were taken to hospital in Stepanakert, the ambulance "
     "service said.", "Stepanakert"),
])
def test_a_news_refugee_or_ambulance_agency_is_no_side_s_government(gazetteer, text, place):
    assert load_actors().nation_of.get(claimants(text, gazetteer)[place]) not in SIDES


@pytest.mark.parametrize("text, place", [
    ("Azerbaijani troops advanced three kilometres into Armenian territory near Jermuk, the Defence Ministry said.",
     "Jermuk"),
    ("Azerbaijani troops occupied positions near Sotk during the night, the Defence Ministry said.", "Sotk"),
])
def test_a_defence_ministry_reporting_an_incursion_is_not_the_advancing_army_s(gazetteer, text, place):
    assert claimants(text, gazetteer)[place] != "Azerbaijani MoD"


def test_an_unnamed_body_is_the_side_of_the_place_before_the_last_speaker_s(gazetteer):
    text = ("Baku blamed Yerevan for the tension. The Road Department said the highway through Kirants "
            "would be shut on Tuesday.")
    assert claimants(text, gazetteer)["Kirants"] == "Armenian government (Road Department)"


def test_an_opening_capital_sets_whose_government_speaks(gazetteer):
    text = ("The Azerbaijani Defence Ministry said Armenian units had fired on Tovuz. In Yerevan, the government "
            "said Azerbaijani forces had opened fire first near Berd.")
    assert claimants(text, gazetteer)["Berd"] == "Armenian government"


def test_cameras_that_recorded_something_claim_nothing(gazetteer):
    assert claimants("Cameras recorded three blasts in Stepanakert late on Sunday.", gazetteer)["Stepanakert"] == ""


def test_reading_a_state_body_leaves_the_actor_table_unchanged():
    table = load_actors()
    before = dict(table.nation_of)
    name = canonical_actor("Azerbaijan's State Agency for Water Reserves")
    assert name == "Azerbaijani government (State Agency for Water Reserves)"
    assert dict(table.nation_of) == before
    assert table.nation_of.get(name) == "Azerbaijani"


@pytest.mark.parametrize("text, place, expected", [
    ("An official of the Armenian Foreign Ministry, who asked not to be named, said the Margara crossing would open "
     "for lorries.", "Margara crossing", "Armenian government (Foreign Ministry)"),
    ("A spokesman for the State Border Service, who declined to give his name, said two lorries were held at "
     "Astara.", "Astara", "Azerbaijani government (State Border Service)"),
])
def test_a_body_named_like_a_person_and_followed_by_who_is_still_the_body(gazetteer, text, place, expected):
    assert claimants(text, gazetteer)[place] == expected


def test_the_table_s_people_are_people_not_bodies():
    people = load_actors().people
    assert "Shushan Stepanyan" in people
    assert not {"Azerbaijani Foreign Ministry", "State Border Service", "Armenian Cabinet"} & set(people)
