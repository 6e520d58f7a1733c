"""Sentences worded apart from the sets the latest rules came from: where they should fire and where they must not."""

import datetime

import pytest

from geo.extract import extract_text


def _events(text, gazetteer, published="2023-09-12"):
    return {e["place_name"]: e for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer,
                                                     source="test")}


# --- an outlet's or a side's report is its claim, but a report card is no one's telling ---

@pytest.mark.parametrize("text, place", [
    ("By Aliyev's report card, the economy in Fuzuli grew.", "Fuzuli"),
    ("In the Armenian report card, Goris scored well.", "Goris"),
])
def test_a_report_card_names_no_claimant(gazetteer, text, place):
    assert _events(text, gazetteer)[place]["claimed_by"] == ""


def test_an_agencys_report_closing_the_sentence_is_its_claim(gazetteer):
    got = _events("Two shells fell on Tegh overnight, by Armenpress's report.", gazetteer)
    assert got["Tegh"]["claimed_by"] == "Armenian media"
    assert got["Tegh"]["layer"] == "shelling"


# --- two adjacent words each a place far apart: a village's two-part name, but two towns side by side stay two ---

@pytest.mark.parametrize("text, places", [
    ("Trains between Baku Ganja resumed on Monday.", {"Baku", "Ganja"}),
    ("Gyumri Goris buses resumed.", {"Gyumri", "Goris"}),
    ("Buses linking Sheki Aghdam started on Monday.", {"Sheki", "Aghdam"}),
    ("Qabala Lachin: families return after thirty years.", {"Qabala", "Lachin"}),
])
def test_two_towns_side_by_side_stay_two(gazetteer, text, places):
    assert places <= set(_events(text, gazetteer))


def test_a_villages_first_word_is_still_no_far_town(gazetteer):
    got = _events("The agency listed Gobu Dilagarda and Yuxari Yaglivend as retaken.", gazetteer)
    assert "Gobu" not in got and "Dilagarda" in got


# --- a client's shop by its road says only where it is, but vehicles stuck on that road are the road's news ---

@pytest.mark.parametrize("text, place", [
    ("Lorries carrying fuel for the hotel on the Goris road queued for two days.", "Goris"),
    ("Trucks with cement for a school on the Fuzuli road waited for three days.", "Fuzuli"),
])
def test_vehicles_held_on_the_clients_road_keep_it(gazetteer, text, place):
    assert _events(text, gazetteer)[place]["layer"] == "corridors"


def test_a_sign_for_a_cafe_on_the_road_is_still_no_event(gazetteer):
    assert "Lachin" not in _events("We made the sign for a cafe on the Lachin road.", gazetteer)


# --- a distance that locates: the town goes when a named place is what lies there, or nothing of war is told; an
# unnamed camp, farm or road placed only by the town keeps it when news is told there ---

@pytest.mark.parametrize("text, place, layer", [
    ("The road that lies 5 km from Lachin was closed by protesters.", "Lachin", "corridors"),
    ("Shells landed on a farm that lies 3 km from Tartar, the head of the Barda district said.", "Tartar", "shelling"),
    ("Refugees from Hadrut reached a camp that lies 5 km from Goris.", "Goris", "other"),
    ("Displaced families from Kalbajar now live in a settlement that lies 5 km from Goris.", "Goris", "other"),
    ("A school bus from Shusha was hit in a village that lies 4 km from Stepanakert.", "Stepanakert", "shelling"),
])
def test_news_at_an_unnamed_place_keeps_the_town_that_places_it(gazetteer, text, place, layer):
    assert _events(text, gazetteer)[place]["layer"] == layer


@pytest.mark.parametrize("text, place, gone", [
    ("Shells hit Talish, which lies eight kilometres from Tartar.", "Talish", "Tartar"),
    ("The settlement lies just 4 km away from Horadiz.", None, "Horadiz"),
])
def test_a_named_place_or_a_quiet_sentence_still_leaves_the_town_out(gazetteer, text, place, gone):
    got = _events(text, gazetteer)
    assert gone not in got
    if place:
        assert place in got


# --- goods brought "us" from a town are fetched from it, but people brought us from it are the town's news ---

@pytest.mark.parametrize("text, place", [
    ("The bus brought them orphans from Shusha.", "Shusha"),
    ("The helicopter brought us casualties from Tartar.", "Tartar"),
    ("The ambulance brought us civilians from Goris.", "Goris"),
])
def test_people_brought_us_from_a_town_keep_it(gazetteer, text, place):
    assert place in _events(text, gazetteer)


def test_staves_brought_us_from_a_town_are_still_no_event(gazetteer):
    assert "Aghjabadi" not in _events("They brought us a load of staves from Aghjabadi.", gazetteer)
