"""A club's or a workshop's letterhead names where it sits, no event: a body named with its town ("Chess Club of
X, by Lake Y") and a line closed by the days the issue covers ("..., Z. Entries for the week ending ...")."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2021, 3, 5))


def _places(text, gazetteer):
    return {name for joined, _ in _rows(text, gazetteer) for name in joined.split(";")}


def test_a_body_named_with_its_town_on_the_letterhead(gazetteer):
    text = ("SPRING NEWSLETTER\nChess Club of Sisian, by the Vorotan. Friday 5 March 2021\n\n"
            "The club will meet on Monday evening in the library.")
    assert "Sisian" not in _places(text, gazetteer)


def test_a_yard_book_line_dated_by_the_week(gazetteer):
    text = ("THE POTTERY DAY BOOK\nKept at the Red Clay workshop, Goris. Entries for the week ending Friday 5 March "
            "2021\n\nMonday. The kiln was loaded with forty bowls.")
    assert "Goris" not in _places(text, gazetteer)


def test_a_headline_telling_fire_keeps_its_places(gazetteer):
    text = ("Shelling hits Tovuz, by the border. Friday 5 March 2021\n\n"
            "Shells fell on the edge of Tovuz on Thursday, the ministry said.")
    assert "Tovuz" in _places(text, gazetteer)
