"""Rules read from heldout147 on a notice's own business: delivery terms told before the town ("Delivery is free
within X"), a timetable's line ("A to B: 07:30, 15:00") and a town that only gives the bearing of unnamed villages
("customers with family in the villages south of X") tell no event; fire or harm told there still does."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2023, 5, 10)


def _places(text, published=DAY):
    return [p for e in extract_text(text + "\n", published) for p in e["place_name"].split(";")]


def test_delivery_free_within_a_town_is_a_price_cards_terms():
    assert "Goris" not in _places("Delivery is free within Goris; elsewhere we charge by the kilometre.")


def test_delivery_included_in_two_towns_is_a_price_cards_terms():
    places = _places("Fitting is included in Sisian and Goris for orders over two metres.")
    assert "Goris" not in places and "Sisian" not in places


def test_delivery_stopped_by_fire_in_a_town_is_still_told():
    # (terms told, then shelling at the same town: the fire is news there)
    assert "Goris" in _places("Delivery is free within Goris, where shells hit two houses on Monday.")


def test_timetable_line_names_no_event():
    places = _places("Goris to Sisian: 06:45, 10:15 and 16:00, back an hour after each run.")
    assert "Goris" not in places and "Sisian" not in places


def test_timetable_line_with_a_dash_names_no_event():
    places = _places("Sisian - Goris: 7.20 and 13.40 on weekdays.")
    assert "Goris" not in places and "Sisian" not in places


def test_road_closed_at_a_clock_time_is_still_a_closure():
    assert "Goris" in _places("The road from Sisian to Goris was closed at 08:00 on Monday.")


def test_town_giving_the_bearing_of_unnamed_villages_tells_nothing():
    assert "Ijevan" not in _places("Some of our members have relatives in the villages north of Ijevan, and "
                                   "the news has upset them.")


def test_villages_by_bearing_shelled_keep_the_town():
    assert "Ijevan" in _places("Shells hit several villages north of Ijevan on Monday.")
