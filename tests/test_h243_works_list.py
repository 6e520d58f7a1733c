"""Works under way as the last item of a list of works done ("Uzbekistan has built a school in A and Kazakhstan a
centre there, and Hungary is building a school in B") are one more builder's work: the place is news, as the items
before it are. Works under way alone, after a list of other deeds, or in a sentence of their own stay background."""

import datetime as dt

import pytest

from geo.extract import extract_text
from tests.helpers import place_layers

PUBLISHED = dt.date(2025, 6, 3)


@pytest.mark.parametrize("text, place", [
    ("Turkey has built a hospital in Aghdam and Qatar a mosque there, and Hungary is building a school in Lachin.",
     "Lachin"),
    ("Japan has already built a clinic in Shusha, Korea a library in Fuzuli, and Italy is building houses in Zangilan.",
     "Zangilan"),
])
def test_the_last_works_of_a_list_are_news(gazetteer, text, place):
    assert place_layers(text, gazetteer, PUBLISHED).get(place) == "other"


@pytest.mark.parametrize("text, place", [
    # works under way alone
    ("Hungary is building a school in Lachin.", "Lachin"),
    # after a deed that is no works done
    ("The mayor opened a market in Aghdam, and Hungary is building a school in Lachin.", "Lachin"),
    # the works done told in a sentence of their own
    ("Turkey has built a hospital in Aghdam. Hungary is building a school in Lachin.", "Lachin"),
    # works under way with no list before them, joined by "and" to a clause of another kind
    ("Prices rose, and the firm is building houses in Lachin.", "Lachin"),
])
def test_works_under_way_alone_stay_background(gazetteer, text, place):
    assert place not in place_layers(text, gazetteer, PUBLISHED)


def test_the_list_keeps_its_earlier_items_and_claimant(gazetteer):
    text = ("According to Trend, Turkey has built a hospital in Aghdam and Qatar a mosque there, and Hungary is "
            "building a school in Lachin.")
    events = {e["place"]: e for e in extract_text(text, PUBLISHED, gazetteer)}
    assert {"Aghdam", "Lachin"} <= set(events)
    assert events["Lachin"]["layer"] == "other"
    assert events["Lachin"]["claimed_by"] == "Azerbaijani media"
    assert events["Lachin"]["start_date"] == "2025-06-03"
