"""A trader's order book: the town of the client an order is made for ("steps for a courtyard in X"), a job list's
line headed by its client ("- School in X: house numbers"), and a stone named by its quarry district ("Gazakh
granite") tell of no event there; news in such a place still counts."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2024-04-12")


def test_order_for_a_client_in_a_town(gazetteer):
    text = "2. Basalt steps for a courtyard in Sisian, six treads; waiting for the customer to confirm the width."
    assert "Sisian" not in layers(text, gazetteer)


def test_order_for_the_entrance_of_a_mosque(gazetteer):
    text = "4. A plaque, white marble, for the entrance of a mosque in Barda; text still to be checked."
    assert "Barda" not in layers(text, gazetteer)


def test_job_line_headed_by_its_client(gazetteer):
    text = "- Wedding hall in Goris: name board over the entrance, letters cut from plywood; plywood ordered."
    assert "Goris" not in layers(text, gazetteer)


def test_a_stone_by_its_quarry_district(gazetteer):
    text = "1. Headstone in grey Gazakh granite, polished face, lettering in gold leaf; stone cut."
    assert "Gazakh" not in layers(text, gazetteer)


def test_a_school_in_a_town_shelled_is_news(gazetteer):
    text = "A shell hit a school in Sisian on Monday, the ministry said."
    assert layers(text, gazetteer).get("Sisian") == "shelling"


def test_a_town_shelled_in_a_sentence_of_granite_is_news(gazetteer):
    text = "Shells fell on Gazakh on Monday, the ministry said, and its granite works stopped."
    assert layers(text, gazetteer).get("Gazakh") == "shelling"


def test_money_paid_for_a_school_in_a_town_is_news(gazetteer):
    text = "A grant from the fund will pay for a school in Sisian, the governor said."
    assert "Sisian" in layers(text, gazetteer)
