"""An aircraft that crashed, came down or made a forced landing at a place abroad is news there (`other`); its
destination and a safe landing are not. The Dizmar forest (Iran) and Bala Bahmanli (Fuzuli) are in the gazetteer."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2024-06-03")


def test_a_forced_landing_abroad(gazetteer):
    text = "The minister's plane made a forced landing near Tabriz on Saturday, the agency said."
    assert layers(text, gazetteer).get("Tabriz") == "other"


def test_a_helicopter_down_in_a_forest_abroad(gazetteer):
    text = "A rescue helicopter crashed in the Dizmar forest on Friday, the Red Crescent said."
    assert layers(text, gazetteer).get("Dizmar Forest") == "other"


def test_the_destination_is_no_crash_site(gazetteer):
    text = "The helicopter was flying to Tabriz when the pilot lost contact with the tower."
    assert "Tabriz" not in layers(text, gazetteer)


def test_a_safe_landing_abroad_is_no_news(gazetteer):
    text = "The airliner landed safely in Tabriz after a two-hour flight."
    assert "Tabriz" not in layers(text, gazetteer)


def test_a_walk_in_the_forest_abroad_is_no_news(gazetteer):
    text = "Hikers from our club walked through the Dizmar forest last summer."
    assert "Dizmar Forest" not in layers(text, gazetteer)


def test_a_fuzuli_border_village(gazetteer):
    text = "Border guards detained a smuggler near Bala Bahmanli on Tuesday, the service said."
    assert "Bala Bahmanli" in layers(text, gazetteer)
