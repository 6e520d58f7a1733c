"""Food and stone named after where they come from: the place only names the product."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 10, 20)


def _events(text, day=DAY):
    return extract_text(text, day)


def _places(text):
    return {name for e in _events(text) for name in e["place_name"].split(";")}


def _event(text, name):
    return next(e for e in _events(text) if name in e["place_name"].split(";"))


# food and stone named after where they come from: the place only names the product

def test_a_place_naming_a_stone_or_a_tea_is_no_event():
    assert _places("A fresh block of Guzdek limestone was delivered on Tuesday.") == set()
    assert _places("We still blend the same Lankaran leaf our founder bought.") == set()


def test_a_place_before_the_quarry_of_its_stone_stays():
    # negative case: the quarry is a place where something happens
    text = "Shells hit the Goris limestone quarry on Monday."
    assert "Goris" in _places(text)
