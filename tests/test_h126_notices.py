"""Rules from heldout126's notices and price cards: places that only say where a thing comes from or stands.

Goods ordered or bought from a town, or a supply that "comes to us from" it, tell nothing at the town; a trader's
terms ("delivery in X is free") are no event; a building told by the road it stands on ("the barn on the X road")
names the road by its town, nothing travels it; a building's corridor is no route."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 3, 2)


def _places(text):
    return {name for e in extract_text(text, DAY) for name in e["place"].split(";")}


def _layers(text, place):
    return [e["layer"] for e in extract_text(text, DAY) if place in e["place"].split(";")]


# goods ordered from a town, or supplied from it to the writer

def test_goods_ordered_from_a_town_leave_it_out():
    assert "Gyumri" not in _places("The new brushes ordered from Gyumri came on Monday and wait in the drawer.")


def test_supply_coming_to_us_from_a_town_leaves_it_out():
    assert "Kapan" not in _places("Tin plate now comes to us from Kapan by the mountain road, so it costs more.")


def test_people_who_came_from_a_town_keep_it():
    assert "Kapan" in _places("Two families came to us from Kapan on Sunday after the shelling.")


# a trader's terms

def test_free_delivery_in_a_town_is_no_event():
    assert "Sisian" not in _places("Delivery in Sisian is free for orders of two crates or more; elsewhere ask us.")


def test_fitting_included_in_a_town_is_no_event():
    assert "Ijevan" not in _places("Fitting on a balcony in Ijevan is included; outside the town we charge for fuel.")


def test_aid_free_of_checks_is_not_a_trader_s_terms():
    assert "Sisian" in _places("Aid delivery in Sisian is free of checks, the ministry said.")


# a building on the road named by its town

def test_barn_on_a_town_s_road_leaves_the_town_out():
    assert "Sisian" not in _places("The hay is stacked in the barn on the Sisian road, and there is enough for March.")


def test_fire_at_a_station_on_a_town_s_road_keeps_the_town():
    assert "Sisian" in _places("A shell hit the petrol station on the Sisian road on Monday.")


# a building's corridor

def test_museum_corridor_is_no_route():
    assert "corridors" not in _layers("The stuffed fox from Jermuk stands in its case in the museum corridor.",
                                      "Jermuk")


def test_the_corridor_to_a_town_is_still_a_route():
    assert _layers("Lorries carried flour through the corridor to Stepanakert on Monday.",
                   "Stepanakert") == ["corridors"]


# a hall booked in a town

def test_hall_booked_in_a_town_is_no_event():
    assert "Goris" not in _places("The chess final moves to April, if the hall in Goris is free by then.")


def test_shell_on_a_hall_in_a_town_keeps_the_town():
    assert "Goris" in _places("A shell hit the hall in Goris on Monday.")


def test_hall_in_a_town_for_a_planned_event_is_no_event():
    assert "Goris" not in _places("The spelling bee, planned for May, moves to June if the hall in Goris is free.")
