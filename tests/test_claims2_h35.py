"""Claimants over sentences written for this test: an outlet followed by the language it writes in, in brackets,
is the outlet; a named person of a lower-case office no side or table can place keeps the person's name."""

import pytest

from tests.helpers import all_claimants


@pytest.mark.parametrize("text, place", [
    ("Azertac (in English) reported on Monday that 40 families had returned to Lachin.", "Lachin"),
    ("APA (in Azerbaijani and Russian) wrote that a school had opened in Kalbajar.", "Kalbajar"),
    ("Report.az (in Russian), covering the tour, said that gas had reached Zangilan.", "Zangilan"),
])
def test_an_outlets_language_aside_is_not_the_claimant(gazetteer, text, place):
    assert all_claimants(text, gazetteer)[place] == ["Azerbaijani media"]

