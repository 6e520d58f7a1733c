"""A grocer's staples and spices named by where they come from, a maker by the road it keeps to, and an order's
customer placed by its town ("for the winery in X") only say where goods come from or go; news there keeps the
town."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer):
    return {e["place"]: e["layer"] for e in extract_text(text, datetime.date(2003, 11, 20), gazetteer)}


def test_spices_and_rice_from_a_town(gazetteer):
    assert _places("Fresh saffron from Lankaran is back on the shelf this week.", gazetteer) == {}
    assert _places("Ten-kilo sacks of rice from Lankaran, by order only.", gazetteer) == {}


def test_honey_from_the_beekeepers_on_a_road(gazetteer):
    assert _places("The jars hold honey from the beekeepers on the Sheki road.", gazetteer) == {}


def test_an_order_for_a_trade_in_a_town(gazetteer):
    assert _places("Two hundred corks, short: for the brewery in Goychay.", gazetteer) == {}
    assert _places("Drying racks for the fishermen at Neftchala, to be sent after New Year.", gazetteer) == {}


def test_news_at_the_town_keeps_it(gazetteer):
    assert "Lankaran" in _places("Sacks of rice from Lankaran were looted when the town was taken.", gazetteer)
    assert _places("The bakery in Goychay was hit when shells fell on the town.", gazetteer) == {"Goychay": "shelling"}
    assert "Goychay" in _places("Blankets for the refugees in Goychay arrived on Monday.", gazetteer)
