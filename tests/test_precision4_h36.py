"""Places named only as background (where a village faces, where the reporters set out from, a firm's home town)
make no event; an area said to be cut off is blockaded itself. Sentences written for these tests."""

import datetime as dt

import pytest

from geo.extract import extract_text


def extract(text, gazetteer, published="2023-05-10"):
    return extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")


def places(text, gazetteer):
    return {name for c in extract(text, gazetteer) for name in c["place_name"].split(";")}


# -- what a place faces across a border, after an aside on where it lies ----------------------------

@pytest.mark.parametrize("sentence", [
    "Kornidzor, at the end of the road from Goris, faces the Lachin district across the border.",
    "Yeraskh, on the main road south from Yerevan, faces the Sadarak district across the river.",
    "Tegh faces the Kubatly district across the valley.",
])
def test_a_place_facing_another_across_a_border_is_no_event(gazetteer, sentence):
    assert places(f"Shells hit Jermuk overnight, the ministry said.\n{sentence}", gazetteer) == {"Jermuk"}


# -- the reporters' own journey -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Our crew, which drove down from Goris on Monday, saw smoke over the hills near Jermuk.",
    "Our reporter, who travelled from Kapan at dawn, saw smoke over the hills near Jermuk.",
    "Our camera team came up from Sisian and filmed the smoke near Jermuk.",
])
def test_where_the_reporters_set_out_from_is_no_event(gazetteer, sentence):
    assert places(sentence, gazetteer) == {"Jermuk"}


# -- a town that only says where a firm is from ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The furniture travelled to Jermuk in six lorries hired from two Goris firms.",
    "The new water pipes in Jermuk were laid by a Kapan company last spring.",
    "The heaters for the school in Jermuk were bought from a Yerevan firm.",
])
def test_a_firms_home_town_is_no_event(gazetteer, sentence):
    assert places(sentence, gazetteer) == {"Jermuk"}


# -- an area cut off ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The three villages of the Lachin district have been cut off since troops moved up to the road in March.",
    "The Lachin district has been completely cut off since the fighting of 2 March.",
])
def test_a_district_cut_off_is_on_the_corridors_layer(gazetteer, sentence):
    layers = {c["place_name"]: c["layer"] for c in extract(sentence, gazetteer)}
    assert layers.get("Lachin District") == "corridors"


def test_a_district_named_before_a_road_cut_off_is_not_the_one_cut_off(gazetteer):
    sentence = "Farmers in the Kalbajar district said the road was cut off."
    assert all(c["layer"] != "corridors" for c in extract(sentence, gazetteer) if c["place_name"] == "Kalbajar District")
