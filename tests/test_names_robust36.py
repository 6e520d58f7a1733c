"""Names of round 36: towns of the neighbour countries typed in plain ASCII ("Ercis" for Erciş), which are those
towns, not a variant spelling or typo of a village of the region; the region's own names stay the region's."""

import pytest


@pytest.mark.parametrize("query, country, name", [
    ("Ercis", "TR", "Erciş"),          # not Archis of Tavush, a variant spelling
    ("Corlu", "TR", "Çorlu"),          # not Choratan, a fuzzy match
    ("Ardesen", "TR", "Ardeşen"),      # not Hartashen, a variant spelling
    ("Sirnak", "TR", "Şırnak"),        # not Shirak, a fuzzy match
])
def test_ascii_typed_neighbour_town_is_that_town(gazetteer, query, country, name):
    match = gazetteer.resolve(query)
    assert (match.place.country, match.place.name) == (country, name)
    assert match.tier == "neighbour"


@pytest.mark.parametrize("query, country", [
    ("Archis", "AM"), ("Hartashen", "AM"), ("Shirak", "AM"), ("Agarak", "AM"), ("Ararat", "AM"),
])
def test_region_name_stays_regional(gazetteer, query, country):
    assert gazetteer.resolve(query).place.country == country
