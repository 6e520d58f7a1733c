"""Where some of a club's members serve ("do their military service this year, two of them near X") is where they
serve, as "his military service in X" is: it only locates; harm to them at a town is still news."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2022, 12, 16)


def _places(text):
    return {e["place"] for e in extract_text(text, _DAY)}


def test_some_of_those_serving_near_a_district_only_locates():
    text = "Four of our members do their military service this year, two of them near the Tovuz district, and we miss them."
    assert not any("Tovuz" in p for p in _places(text))


def test_those_serving_wounded_at_a_town_is_still_news():
    text = "Four of our members do their military service this year, and two of them were wounded when shells hit Tovuz."
    assert "Tovuz" in _places(text)
