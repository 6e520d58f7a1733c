"""What happened: armed units "moving on" a place advance on it (fire); lorries held at a checkpoint in the clause a
road opens ("On the main road through X, lorries were held at a checkpoint") are held at a post there; people who
fled over a river crossed it; families living in railway carriages at a town are sheltered there, not on a line."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1993-10-28")


def test_units_moving_on_a_place_advance_on_it(gazetteer):
    text = "The ministry said that enemy units were moving on the Zangilan region."
    assert layers(text, gazetteer).get("Zangilan District") == "shelling"


def test_armoured_columns_moving_on_a_town_advance_on_it(gazetteer):
    text = "Armoured columns were moving on Horadiz on Thursday, the ministry said."
    assert layers(text, gazetteer).get("Horadiz") == "shelling"


def test_traffic_moving_on_a_day_is_no_advance(gazetteer):
    text = "Traffic had kept moving on Tuesday through Goris."
    assert layers(text, gazetteer).get("Goris") != "shelling"


def test_a_checkpoint_in_the_clause_a_road_opens_holds_there(gazetteer):
    text = "On the main road south through the Lachin district, buses full of families were held at a checkpoint."
    assert layers(text, gazetteer).get("Lachin District") == "checkpoints"


def test_a_checkpoint_in_a_clause_of_its_own_is_not_the_roads(gazetteer):
    text = ("On the main road south through the Lachin district, buses moved slowly, and drivers said that a "
            "checkpoint stood further on.")
    assert layers(text, gazetteer).get("Lachin District") == "corridors"


def test_people_who_fled_over_the_river_crossed_it(gazetteer):
    text = "The paper wrote that more than 10,000 people had fled over the Aras into Iran."
    assert layers(text, gazetteer).get("Araz River") == "corridors"


def test_a_bridge_over_the_river_is_no_flight(gazetteer):
    text = "Aircraft were seen flying over the Aras on Monday."
    assert layers(text, gazetteer).get("Araz River") is None


def test_families_living_in_railway_carriages_are_sheltered(gazetteer):
    text = "Some 800 refugees are living in railway carriages at Saatli."
    assert layers(text, gazetteer, published="1994-03-22").get("Saatlı") == "other"


def test_passengers_in_railway_carriages_travel(gazetteer):
    text = "Passengers travelled in railway carriages to Saatli."
    assert layers(text, gazetteer, published="1994-03-22").get("Saatlı") == "corridors"


def test_troops_that_moved_on_past_a_fallen_town_leave_it_taken(gazetteer):
    text = "After Hadrut fell, troops moved on the villages beyond it."
    assert layers(text, gazetteer, published="2020-10-20").get("Hadrut") != "shelling"
