"""People taken out of a place by ferry, ship or aircraft travel a route out of it (corridors); taken out of a place
with no means of travel told, they only leave it (other), and bodies taken out of rubble are no journey."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2001-03-08")


def test_taken_out_by_ferry_and_air_is_a_route(gazetteer):
    text = "The agency said on Monday that some 2,000 residents had been taken out of Lankaran by ferry and by air."
    assert layers(text, gazetteer).get("Lankaran") == "corridors"


def test_nationals_taken_out_later_by_navy_ship_is_a_route(gazetteer):
    text = "By then about 900 Azerbaijanis had been taken out of Goris over two days by navy ship."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_taken_out_with_no_means_told_stays_other(gazetteer):
    text = "Women and children were taken out of Tovuz within hours."
    assert layers(text, gazetteer).get("Tovuz") == "other"


def test_bodies_taken_out_by_helicopter_are_no_journey(gazetteer):
    text = "Two bodies were taken out of the rubble in Tovuz before a helicopter landed."
    assert layers(text, gazetteer).get("Tovuz") != "corridors"
