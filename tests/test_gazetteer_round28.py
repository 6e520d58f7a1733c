"""Name variants of round 28: a place written with two of its names joined."""

import pytest

from geo.errors import PlaceNotFound


@pytest.mark.parametrize("query, expected", [
    ("Khankendi/Stepanakert", "Stepanakert"),
    ("Ханкенди-Степанакерт", "Stepanakert"),
    ("Shusha – Shushi", "Shusha"),
    ("Berdzor-Lachin", "Lachin"),
])
def test_two_names_of_one_place_joined_by_a_hyphen_or_slash_are_that_place(gazetteer, query, expected):
    assert gazetteer.resolve(query).place.name == expected


@pytest.mark.parametrize("query", ["Goris-Kapan", "Agdam/Barda", "Lachin-Qwertzuiop"])
def test_two_names_of_two_places_or_of_an_unknown_one_are_not_a_place(gazetteer, query):
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve(query)
