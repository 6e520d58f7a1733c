"""Layers, round 32: vehicles searched or checked at a place are its checkpoint, while the road they pass along stays
a route; crossings said to stand on a border are its posts with no article before them; traffic told as a stream or
flow is a route; a guide from the mine-action agency is no mine blast; a district a bridge or road links is on its
route."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import place_layers

layers = partial(place_layers, published=dt.date(2022, 5, 16))


@pytest.mark.parametrize("text, place", [
    ("Near Tegh, soldiers were checking Armenian lorries one by one on Thursday.", "Tegh"),
    ("At Bagratashen customs officers checked every vehicle before noon.", "Bagratashen"),
    ("Police kept checking Georgian trucks on the stretch of the Vanadzor–Alaverdi highway near Tumanyan.", "Tumanyan"),
])
def test_vehicles_checked_at_a_place_are_its_checkpoint(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) == "checkpoints", layers(text, gazetteer)


@pytest.mark.parametrize("text, route", [
    ("Police have been searching lorries on the Vanadzor–Alaverdi highway since Monday.", "Vanadzor;Alaverdi"),
    ("Police kept checking Georgian trucks on the stretch of the Vanadzor–Alaverdi highway near Tumanyan.",
     "Vanadzor;Alaverdi"),
])
def test_a_road_whose_traffic_is_checked_stays_a_route(gazetteer, text, route):
    assert layers(text, gazetteer).get(route) == "corridors", layers(text, gazetteer)


def test_checked_vehicles_need_a_vehicle(gazetteer):
    found = layers("Engineers checked the damaged bridge at Vorotan on Friday.", gazetteer)
    assert found.get("Vorotan") != "checkpoints", found


@pytest.mark.parametrize("text, places", [
    ("Crossings on the Georgia–Armenia border, such as Bagratashen, were closed for two days after the storm.",
     ["Bagratashen"]),
    ("Crossings along the Armenia–Iran border, including Agarak, reopened on Friday.", ["Agarak"]),
])
def test_crossings_on_a_border_are_its_posts(gazetteer, text, places):
    found = layers(text, gazetteer)
    assert all(found.get(place) == "checkpoints" for place in places), found


@pytest.mark.parametrize("text, place", [
    ("The new bridge to Agarak carried a constant flow of Iranian trucks all week.", "Agarak"),
    ("By evening a steady stream of cars was leaving Goris for the south.", "Goris"),
])
def test_traffic_told_as_a_stream_is_a_route(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) == "corridors", layers(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    ("Former residents went back to Khanlig in May with an escort from the mine action agency.", "Khanlig"),
    ("Teachers from Kubatly visited their school with a guide from the mine-action centre and the mine agency.",
     "Gubadli"),
])
def test_a_mine_action_agency_is_no_blast(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) not in (None, "shelling"), layers(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    ("The bridge linking the Lachin district with Armenia had been discussed at the talks.", "Lachin District"),
    ("A ferry connecting the Kalbajar district with the lake shore was mentioned in the report.", "Kalbajar District"),
])
def test_a_district_a_way_links_is_on_the_route(gazetteer, text, place):
    found = layers(text, gazetteer)
    assert any(place.split()[0] in key and layer == "corridors" for key, layer in found.items()), found
