"""A shop's or a service's listings tell no event at their places: a map named by what it shows, a catalogue line
closed by its one price, a schedule's line headed by its weekday; news told in the same words still counts."""

from functools import partial

from tests.helpers import place_layers, waypoint_layers

layers = partial(place_layers, published="2021-12-18")


def test_a_map_of_a_place_is_no_event(gazetteer):
    text = "New this month: a folding map of the Goris area, with the springs and chapels marked, on cloth."
    assert "Goris" not in layers(text, gazetteer)


def test_a_map_showing_shelling_keeps_the_place(gazetteer):
    text = "The map of Goris shows the streets where the shells fell on Monday."
    assert layers(text, gazetteer).get("Goris") == "shelling"


def test_maps_of_minefields_are_not_maps_of_the_town(gazetteer):
    text = "Maps of the minefields around Aghdam were handed over to Baku on Saturday."
    assert "Aghdam" in layers(text, gazetteer)


def test_a_catalogue_line_closed_by_its_price_is_no_event(gazetteer):
    text = "Kapan and Goris road atlas, new edition with the passes: 6,400 dram."
    found = waypoint_layers(text, gazetteer, published="2021-12-18")
    assert "Kapan" not in found and "Goris" not in found


def test_a_town_plan_closed_by_its_price_is_no_event(gazetteer):
    text = "Stepanakert city plan with the new market: 1,800 drams."
    assert "Stepanakert" not in layers(text, gazetteer)


def test_a_price_told_in_a_sentence_keeps_the_place(gazetteer):
    text = "Bread in Goris now costs 600 drams."
    assert "Goris" in layers(text, gazetteer)


def test_a_weekday_schedule_line_is_no_event(gazetteer):
    text = "Tuesday: Sisian 10:00-11:15, Goris 12:00-13:00, home by three."
    found = layers(text, gazetteer)
    assert "Sisian" not in found and "Goris" not in found


def test_a_weekday_line_telling_fire_keeps_the_place(gazetteer):
    text = "Tuesday: Azerbaijani forces shelled the outskirts of Goris overnight."
    assert layers(text, gazetteer).get("Goris") == "shelling"



def test_mine_maps_of_a_place_are_news_of_its_minefields(gazetteer):
    """Mine maps of a place are news of its minefields, not a map's subject."""
    text = "Officials in Baku said on Monday that the mine maps of Aghdam were incomplete."
    assert "Aghdam" in layers(text, gazetteer)
