"""A business's customers named by where they are, from heldout133's notices: "a customer from X has lent us a map"
tells who the customer is, not anything at X (as "a friend from X told me" does); a notice's line addressed to
"customers in X and Y:" names where its readers are. Fire or harm told of the home still stays."""

import datetime as dt

from geo.extract import extract_text


def _places(text):
    return {name for e in extract_text(text, dt.date(2022, 10, 1)) for name in e["place_name"].split(";")}


def test_a_customer_from_a_town_lending_a_map_is_no_event_there():
    assert _places("A customer from Sisian has lent us an old map of the pastures, which we will show in the "
                   "window.") == set()


def test_a_customer_from_a_town_wounded_by_shells_there_keeps_the_town():
    assert _places("A customer from Sisian was wounded when shells hit the town on Monday.") == {"Sisian"}


def test_customers_addressed_by_their_towns_are_no_event():
    assert _places("Private customers in Sisian and Goris: bring your orders to the shop any morning.") == set()


def test_customers_in_a_town_told_of_are_still_there():
    assert _places("Customers in Sisian were hit by shells on Monday.") == {"Sisian"}
