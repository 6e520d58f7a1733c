"""A place's name before a lower-case street noun names a street ("on Tovuz avenue", "Fizuli street 12"), not the
place; a town's street told with "the" stays the town's."""
import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

DAY = dt.date(1992, 3, 4)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _places(sentence, gazetteer):
    return {e["place"] for e in extract_text(sentence, DAY, gazetteer)}


def test_street_named_after_a_town_is_no_place(gazetteer):
    assert "Tovuz" not in _places("Spare blankets can be left at the club on Tovuz avenue until Friday.", gazetteer)


def test_address_with_a_street_is_no_place(gazetteer):
    assert "Fizuli" not in _places("Hasanov and daughters, watch repairs, Fizuli street 12, second floor.", gazetteer)


def test_the_town_s_street_stays_the_town(gazetteer):
    assert "Stepanakert" in _places("A shell hit the Stepanakert street where the bakery stands.", gazetteer)
