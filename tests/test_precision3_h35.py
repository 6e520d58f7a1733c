"""Places named only around an event, not as its scene: the capital an outlet reported from ("the agency APA
reported from Baku"), where a speaker was heard, what a facility serves, a road described by where it runs, a
town's former name in a history aside."""

import pytest

from tests.helpers import place_layers, waypoint_layers


@pytest.mark.parametrize("text, scene, seat", [
    ("Three soldiers were wounded by a mine near Lachin, the agency APA reported from Baku.", "Lachin", "Baku"),
    ("The injured farmer was taken to the hospital in Ganja, the news site Report wrote from Baku.", "Ganja", "Baku"),
    ("Armenpress reported from Yerevan that shelling hit Jermuk overnight.", "Jermuk", "Yerevan"),
])
def test_the_capital_an_outlet_reported_from_is_no_event(gazetteer, text, scene, seat):
    layers = waypoint_layers(text, gazetteer)
    assert scene in layers, layers
    assert seat not in layers, layers


@pytest.mark.parametrize("text, heard, scene", [
    ("Several displaced farmers told me in Goris last year that their orchards near Lachin had burned.",
     "Goris", "Lachin"),
    ("A nurse told our correspondent in Sisian in 2022 that she had lost her house in Hadrut.", "Sisian", "Hadrut"),
])
def test_where_a_speaker_was_heard_is_no_event(gazetteer, text, heard, scene):
    layers = waypoint_layers(text, gazetteer)
    assert scene in layers, layers
    assert heard not in layers, layers


def test_a_speaker_heard_about_a_town_keeps_it(gazetteer):
    assert place_layers("Shelling hit Goris on Monday, residents told me.", gazetteer).get("Goris") == "shelling"


@pytest.mark.parametrize("text", [
    "The canal near the village was dug to supply water to the Barda, Aghjabadi and Beylagan districts.",
    "The dam was built to irrigate farmland in the Fuzuli and Jabrayil districts.",
    "The reservoir was built to serve Barda and Tartar.",
])
def test_what_a_facility_was_built_to_serve_is_no_event(gazetteer, text):
    assert place_layers(text, gazetteer) == {}


@pytest.mark.parametrize("text, places", [
    ("The new pipeline will supply gas to the Lachin and Kalbajar districts.",
     ("Lachin District", "Kalbajar District")),
    ("Water supply to the Barda and Tartar districts was cut on Monday after the canal burst.",
     ("Barda District", "Tartar District")),
])
def test_supply_planned_or_cut_stays_news(gazetteer, text, places):
    layers = place_layers(text, gazetteer)
    assert all(p in layers for p in places), layers


@pytest.mark.parametrize("text", [
    "The highway leaves Ganja and runs past Yevlakh and Barda towards Aghdam.",
    "The old road starts in Goris and climbs through Kornidzor to the border.",
    "The railway leaves Yerevan and runs through Ararat and Yeraskh towards Nakhchivan.",
    "Put a speed camera at the entrance to the town, where the road from Goris narrows and drivers brake.",
])
def test_a_road_described_by_where_it_runs_is_no_event(gazetteer, text):
    assert place_layers(text, gazetteer) == {}


@pytest.mark.parametrize("text, place, layer", [
    ("Shelling hit the bridge where the road from Goris narrows.", "Goris", "shelling"),
    ("The road from Goris was closed on Monday.", "Goris", "corridors"),
])
def test_news_on_a_described_road_stays(gazetteer, text, place, layer):
    assert place_layers(text, gazetteer).get(place) == layer


@pytest.mark.parametrize("text", [
    "A Kia and a Gazelle minibus collided on the Goris road.",
])
def test_a_vehicle_make_is_no_village(gazetteer, text):
    assert "Nerkin Karmiraghbyur" not in waypoint_layers(text, gazetteer)


@pytest.mark.parametrize("text", [
    "In the Fuzuli district, the town, founded as the village of Dashkend Bala, was rebuilt after 2020.",
    "The centre of the Lachin district, once the village of Abdallar Kohna, got a new school on Monday.",
])
def test_a_former_village_name_is_no_place(gazetteer, text):
    layers = place_layers(text, gazetteer)
    assert not any(name in layers for name in ("Dashkend Bala", "Abdallar Kohna")), layers


def test_a_village_named_today_stays(gazetteer):
    text = "In the Fuzuli district, new houses were built in the village of Dashkend Bala."
    assert "Dashkend Bala" in place_layers(text, gazetteer)


@pytest.mark.parametrize("text", [
    "The lake that Azerbaijanis call Qaragol lies on the border north of Lachin.",
    "The reservoir that was known as the Sarsang reservoir lies north of Martakert.",
    "The spring that locals call the Holy Spring lies above Kalbajar.",
])
def test_geography_after_a_naming_relative_clause_is_no_event(gazetteer, text):
    assert place_layers(text, gazetteer) == {}


def test_an_event_told_in_a_relative_clause_stays(gazetteer):
    layers = place_layers("The village that troops shelled on Monday lies near Lachin.", gazetteer)
    assert layers.get("Lachin") == "shelling", layers
