"""Layers of an aid truck's journey and of a post's men under fire: a man serving at a crossing wounded by fire is
fire there; trucks sent to a town, a vehicle that entered a town or arrived in it (a time told on the way), a
convoy that stopped at a town, a lorry ("it") that stood for days in a town and a drive that "reached" its end are
the route's, as is a town named again by its other name right after it."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers, waypoint_layers


layers = partial(place_layers, published=dt.date(2023, 5, 10))
waypoints = partial(waypoint_layers, published=dt.date(2023, 5, 10))


def test_a_man_serving_at_a_crossing_wounded_by_fire_is_fire_there(gazetteer):
    text = ("The border service said one of its men serving at the Margara crossing was wounded by fire from the "
            "other side.")
    assert layers(text, gazetteer).get("Margara crossing") == "shelling"


def test_a_guard_at_a_checkpoint_wounded_by_fire_is_fire_there(gazetteer):
    text = "A guard at the Lachin checkpoint was wounded by shots fired from Armenian territory on Monday."
    assert layers(text, gazetteer).get("Hakari Bridge") == "shelling"


def test_trucks_sent_to_a_town_are_the_route(gazetteer):
    text = "On Monday the ministry sent three trucks with 20 tons of wheat to Goris."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_a_truck_named_by_its_owner_that_entered_a_town_is_the_route(gazetteer):
    text = "The truck of the Armenian Red Cross entered Kapan under escort, the mayor said."
    assert layers(text, gazetteer).get("Kapan") == "corridors"


def test_a_vehicle_that_arrived_after_a_post_at_a_given_time_is_the_route(gazetteer):
    text = ("The lorry passed the police post at 09:30 and has already arrived in Sisian, the governor's office "
            "said.")
    assert layers(text, gazetteer).get("Sisian") == "corridors"


def test_a_town_named_again_by_its_other_name_takes_the_first_names_reading(gazetteer):
    text = ("The aid convoy passed the checkpoint of the peacekeepers and has already arrived in Khankendi, the name "
            "Baku uses for Stepanakert.")
    assert layers(text, gazetteer).get("Stepanakert") == "corridors"


def test_a_convoy_that_stopped_at_a_town_halted_on_its_way(gazetteer):
    text = "12 - lorries in the convoy when it first stopped at Goris on 3 May."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_a_lorry_that_stood_for_days_in_a_town_waited_on_its_way(gazetteer):
    text = ("The lorry left Gyumri on Friday. It then stood for three days in Vanadzor because the town refused the "
            "cargo.")
    assert layers(text, gazetteer).get("Vanadzor") == "corridors"


def test_a_drive_that_reached_a_town_after_its_way_ends_there(gazetteer):
    text = "On 2 May, after a night in Goris, it drove from Sisian through Angeghakot and reached Kapan."
    assert waypoints(text, gazetteer).get("Kapan") == "corridors"
