"""Layers: police, customs officers or border guards stationed on a stretch or section of a road are a control post
there, as those who "remain" or "stand" on it are; lorries that "used" a road, and a road named by its two ends as
"the A-B stretch", are that road's traffic; a road a person of office "drove" is the way of a trip, as a road toured
is, not news of the road; and men said to have crossed the border "to lay mines", or caught while trying to mine the
roads, are the account of a capture, neither a blast nor the roads' news. These recur wherever border roads and the
men held on them are reported."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2021, 9, 20))


def test_guards_stationed_on_a_road_section_near_a_village_are_a_post_there(gazetteer):
    text = "Border guards have been stationed on the stretch of road near the village of Tegh, a local official said."
    assert layers(text, gazetteer).get("Tegh") == "checkpoints"


def test_police_and_customs_officers_stationed_on_a_section_are_a_post(gazetteer):
    text = "Police and customs officers are now stationed on the section by Kornidzor, the regional paper reported."
    assert layers(text, gazetteer).get("Kornidzor") == "checkpoints"


def test_police_stationed_in_a_village_are_no_post(gazetteer):
    text = "Extra police officers are stationed in the village of Tegh for the festival, the mayor said."
    assert layers(text, gazetteer).get("Tegh") != "checkpoints"


def test_lorries_that_used_a_stretch_named_by_its_ends_are_its_traffic(gazetteer):
    text = "About 60 trucks have used the Goris-Sisian stretch since the bridge reopened, the operator said."
    found = layers(text, gazetteer)
    assert found.get("Goris;Sisian", found.get("Goris")) == "corridors"


def test_a_stretch_named_by_its_ends_that_closed_is_the_road_s_news(gazetteer):
    text = "The Goris-Sisian stretch was closed for six hours on Monday."
    found = layers(text, gazetteer)
    assert found.get("Goris;Sisian", found.get("Goris")) == "corridors"


def test_drivers_who_used_a_market_are_no_road(gazetteer):
    text = "Lorry drivers used the market in Goris to sell part of their cargo."
    assert layers(text, gazetteer).get("Goris") != "corridors"


def test_a_road_a_deputy_drove_is_the_way_of_his_trip(gazetteer):
    text = "On Sunday the opposition lawmaker Aram Petrosyan drove the old road through Tegh and Kornidzor."
    found = layers(text, gazetteer)
    assert found.get("Tegh") == "other"
    assert found.get("Kornidzor") == "other"


def test_a_governor_driving_along_a_road_to_see_it_is_a_trip(gazetteer):
    text = "The governor drove along the new road through Sisian to see the repairs for himself."
    assert layers(text, gazetteer).get("Sisian") == "other"


def test_lorries_that_drove_the_road_are_still_its_traffic(gazetteer):
    text = "On Sunday lorries drove the old road through Tegh and Kornidzor for the first time."
    found = layers(text, gazetteer)
    assert "other" not in {found.get("Tegh"), found.get("Kornidzor"), found.get("Tegh;Kornidzor")}


def test_a_road_an_official_said_was_closed_stays_the_road_s_news(gazetteer):
    text = "The governor said the road through Sisian was closed on Sunday."
    assert layers(text, gazetteer).get("Sisian") == "corridors"


def test_men_said_to_have_crossed_to_lay_mines_are_a_capture_account(gazetteer):
    text = ("Baku's ministry said the four had crossed the frontier close to the village of Tegh to lay mines on the "
            "roads to its outposts.")
    assert layers(text, gazetteer).get("Tegh") == "other"


def test_men_caught_while_trying_to_mine_supply_routes_are_no_road_news(gazetteer):
    text = "The ministry insists the soldiers were caught near Tegh while trying to mine its supply routes."
    assert layers(text, gazetteer).get("Tegh") == "other"


def test_a_mine_that_blew_up_after_troops_crossed_is_still_a_blast(gazetteer):
    text = "A tractor hit a mine near Tegh after the soldiers had crossed the field."
    # (the blast, "other" when no fire is told, as the held-out sets file landmine blasts)
    assert layers(text, gazetteer).get("Tegh") == "other"


def test_a_road_the_driver_later_wrote_about_keeps_its_own_news(gazetteer):
    text = ("Opposition lawmaker Aram Petrosyan, who drove along both routes on Sunday, wrote that the Goris-Sisian "
            "road had been closed again.")
    found = layers(text, gazetteer)
    assert found.get("Goris;Sisian", found.get("Goris")) == "corridors"
