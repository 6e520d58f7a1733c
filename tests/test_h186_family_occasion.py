"""Where a family's day is held ("a cake for a wedding in X", "away for his uncle's funeral in Y") only locates;
fire at such a gathering is still news."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2022, 6, 1)


def _places(text):
    return {e["place"] for e in extract_text(text, _DAY)}


def test_order_for_a_wedding_in_a_town_only_locates():
    text = ("Three silver trays for a wedding in Gazakh, to be picked up on Friday. "
            "The ministry said shells hit houses in Alibeyli on Monday.")
    assert "Gazakh" not in _places(text)


def test_away_for_a_funeral_in_a_town_only_locates():
    text = ("Our treasurer is away this week for his uncle's funeral in Tovuz. "
            "The ministry said shells hit houses in Alibeyli on Monday.")
    assert "Tovuz" not in _places(text)


def test_fire_on_a_funeral_in_a_town_is_still_news():
    text = "The ministry said troops fired on mourners at a funeral in Tovuz on Monday."
    assert "Tovuz" in _places(text)


def test_a_wedding_attended_on_a_stated_day_is_still_news():
    assert "Tovuz" in _places("Relatives from Baku attended a wedding in Tovuz on Sunday.")
