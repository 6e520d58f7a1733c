"""Precision of heldout35's kinds, from new sentences: people named by their home whose relative clause says where
they stay now ("families from A who are still in hotels") are who they are, not news at A."""

import pytest

from tests.helpers import place_layer_pairs

PUBLISHED = "2026-03-03"


@pytest.mark.parametrize("text, home", [
    ("I still meet families from Hadrut who are living in hotels, two years on.", "Hadrut"),
    ("The mayor said people from Askeran who remain in rented flats would get vouchers.", "Askeran"),
])
def test_people_from_a_home_staying_in_temporary_housing_are_who_they_are(text, home, gazetteer):
    """Where the displaced stay now is what the relative clause tells; their home is who they are."""
    assert home not in {place for place, _ in place_layer_pairs(text, gazetteer, PUBLISHED)}


def test_people_from_a_home_fleeing_it_stay_news_there(gazetteer):
    text = "Families from Hadrut who fled the shelling on Monday are in hotels now."
    assert "Hadrut" in {place for place, _ in place_layer_pairs(text, gazetteer, PUBLISHED)}
