"""A shop's own business named by towns is no event there: the towns a trader's orders are for ("orders for A, B and C
go out on Tuesdays") and the towns its customers come from ("customers from A and B may leave repairs with ...",
each town of the list, as guests from a town are only its guests' home). An order to evacuate a town, or customers
who travel somewhere, stay news."""

import datetime as dt

from geo.extract import extract_text


def _places(text, published="2021-08-01"):
    return {name for e in extract_text(text, dt.date.fromisoformat(published)) for name in e["place"].split(";")}


def test_orders_for_towns_are_the_shops_business():
    text = "Orders for Goris, Sisian and Kapan leave the workshop on Mondays and Thursdays.\n"
    assert not _places(text) & {"Goris", "Sisian", "Kapan"}


def test_customers_from_listed_towns_are_their_home():
    text = "Customers from Ijevan and Dilijan may hand in their shoes at the pharmacy, which sends them on weekly.\n"
    assert not _places(text) & {"Ijevan", "Dilijan"}


def test_orders_to_evacuate_a_town_are_news():
    text = "The army gave orders for Goris to be evacuated after shells hit the town on Monday.\n"
    assert "Goris" in _places(text)


def test_customers_who_travel_keep_their_route():
    text = "Customers from Ijevan travelled to Dilijan by bus when the road was reopened on Monday.\n"
    assert {"Ijevan", "Dilijan"} <= _places(text)
