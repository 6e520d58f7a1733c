"""Gunfire told in the passive or as an aim is still fire at the place: "fire exchanged between X and Y",
"went up to the roofs in X to fire at the posts"."""

import datetime as dt

import pytest

from geo.extract import extract_text


@pytest.mark.parametrize("text, places", [
    ("The barn may have been caught in fire exchanged between Chiragli and Mirashelli overnight.",
     {"Chiragli", "Mirashelli"}),
    ("Gunmen went up to the upper floors of a school in Chiragli to fire on the trenches opposite.", {"Chiragli"}),
    # where the fire came from, with the attribution set off by commas in between
    ("More fire came, the statement said, from trenches near Chiragli and Mirashelli.", {"Chiragli", "Mirashelli"}),
])
def test_fire_in_other_words_is_shelling(gazetteer, text, places):
    layers = {c["place_name"]: c["layer"] for c in extract_text(text, dt.date(2012, 5, 1), gazetteer)}
    assert {p: layers.get(p) for p in places} == {p: "shelling" for p in places}, layers


@pytest.mark.parametrize("text", [
    "A cargo helicopter was downed near Lachin on Friday, the ministry said.",
    "Veterans recalled the downing of a transport plane near Lachin in 1992.",
])
def test_an_aircraft_downed_near_a_place_is_an_attack_there(gazetteer, text):
    layers = {c["place_name"]: c["layer"] for c in extract_text(text, dt.date(2012, 5, 1), gazetteer)}
    assert layers.get("Lachin") == "shelling", layers



@pytest.mark.parametrize("text, place", [
    ("Border guards said soldiers across the line had fired in the direction of Jermuk after dark.", "Jermuk"),
    ("The fire on Tegh on Tuesday night was the second in a week.", "Tegh"),
    ("The ministry has asked the mission to look into the fire on Kut.", "Kut"),
    ("Shepherds grazing flocks near Kut on Sunday reported fire from the slopes above them.", "Kut"),
])
def test_fire_aimed_or_reported_is_shelling(gazetteer, text, place):
    layers = {c["place_name"]: c["layer"] for c in extract_text(text, dt.date(2023, 5, 1), gazetteer)}
    assert layers.get(place) == "shelling", layers


@pytest.mark.parametrize("text", [
    "Neighbours set fire on the edge of Goris to burn last year's grass.",
    "A fire on Monday gutted a warehouse in Goris.",
])
def test_a_fire_that_burns_is_no_fire_aimed(gazetteer, text):
    layers = {c["place_name"]: c["layer"] for c in extract_text(text, dt.date(2023, 5, 1), gazetteer)}
    assert layers.get("Goris") != "shelling", layers


@pytest.mark.parametrize("text, places, layer", [
    # the people of the places heard the fire: the fire reached them
    ("Mortar fire was heard by residents of Chiragli and Mirashelli until dawn, the agency said.",
     {"Chiragli", "Mirashelli"}, "shelling"),
    ("The governor said that explosions could be heard by the villagers of Sotk all evening.", {"Sotk"}, "shelling"),
    # an adverb on either side of "heard": "were clearly heard by", "was also heard by"
    ("The explosions were clearly heard by residents of Tegh, the mayor said.", {"Tegh"}, "shelling"),
    ("The shelling was also heard by residents of Tegh, the mayor said.", {"Tegh"}, "shelling"),
    # what they heard was no fire
    ("The appeal was heard by residents of Sotk on local radio, the governor said.", {"Sotk"}, "other"),
    ("The music was clearly heard by residents of Tegh, the mayor said.", {"Tegh"}, "other"),
])
def test_fire_heard_by_the_people_of_a_place_is_fire_there(gazetteer, text, places, layer):
    layers = {c["place_name"]: c["layer"] for c in extract_text("Morning report.\n" + text, dt.date(2012, 5, 1),
                                                               gazetteer)}
    assert {p: layers.get(p) for p in places} == {p: layer for p in places}, layers
