"""A small trade's errands name towns where nothing happens: where goods are ordered from, a tradesman's or a
supplier's town, where parcels are posted, a shop's delivery area and whom an order is for. Aid delivered, goods
stranded or stopped by a closure and fire at a shop stay events."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2024, 3, 12))


def _places(text, gazetteer):
    return {name for name, _ in _rows(text, gazetteer)}


def test_goods_ordered_or_bought_from_a_town_are_no_event_there(gazetteer):
    assert not _rows("We can order new strings from Yerevan; they take three weeks.", gazetteer)
    assert not _rows("We have ordered new chairs for the reading room, which should come from Ganja in May.",
                     gazetteer)
    assert not _rows("The lid was bought from a collector in Gyumri last spring.", gazetteer)


def test_a_tradesmans_or_suppliers_town_is_no_event_there(gazetteer):
    assert not _rows("The copper pans made by the tinsmith's family are back, polished by our supplier in Dilijan.",
                     gazetteer)
    assert not _rows("The felt hats sewn by the tailor in Goris sold out before noon.", gazetteer)


def test_parcels_posted_to_towns_are_no_event_there(gazetteer):
    assert not _rows("Jars of jam posted to Sisian and Kapan leave on Mondays, packed in straw.", gazetteer)
    assert not _rows("We still post calendars to Gyumri, although the parcels take a week.", gazetteer)


def test_a_shops_delivery_area_is_no_event(gazetteer):
    assert not _rows("Orders of ten sacks or more are delivered free within Barda on weekdays.", gazetteer)
    assert not _rows("Orders are taken by telephone, and deliveries beyond Ijevan wait until spring.", gazetteer)


def test_an_order_book_line_is_no_event_at_its_customers_town(gazetteer):
    assert not _rows("Six oak benches for Dilijan, due at the end of April.", gazetteer)
    assert not _rows("The brass lamp ordered by the chess club in Goris is still at the polisher's.", gazetteer)


def test_aid_delivered_and_goods_stranded_stay_events(gazetteer):
    # aid brought to a village, a road closed to parcels, goods held at a crossing and fire at a shop are news there
    assert "Tegh" in _places("Volunteers delivered flour and blankets to families in Tegh on Monday.", gazetteer)
    assert "Goris" in _places("Parcels posted to Goris have been held up since the road was closed.", gazetteer)
    assert "Kapan" in _places("Shells hit the warehouse of our supplier in Kapan on Tuesday night.", gazetteer)
    assert "Askeran" in _places("Aid ordered from abroad finally reached Askeran on Friday.", gazetteer)
    assert "Vayk" in _places("We send parcels to Vayk through the Red Cross every month.", gazetteer)
    assert "Goris" in _places("Flour has come from the warehouse in Goris by the southern road.", gazetteer)


def test_a_trip_or_a_closure_in_a_trades_news_keeps_the_town(gazetteer):
    # the rule reads only where goods come from or go; a road or a journey told stays
    assert "Vardenis" in ";".join(_places("The baker drove to Vardenis on Sunday to see the new bridge.", gazetteer))
    assert "Berd" in ";".join(_places("The road to Berd was closed by troops, so our supplier could not come.",
                                      gazetteer))
